using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Letters;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> b)
    {
        b.ToTable("LetterTemplates");
        b.HasKey(x => new { x.Type, x.Culture });
        b.Property(x => x.Culture).HasMaxLength(5);
        b.Property(x => x.UpdatedBy).HasMaxLength(200);
    }
}
