using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Inquiries;

internal sealed class FaqConfiguration : IEntityTypeConfiguration<FaqEntry>
{
    public void Configure(EntityTypeBuilder<FaqEntry> b)
    {
        b.ToTable("Faq");
        b.HasIndex(x => x.SearchText);
    }
}
