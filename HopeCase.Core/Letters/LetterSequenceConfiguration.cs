using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Letters;

internal sealed class LetterSequenceConfiguration : IEntityTypeConfiguration<LetterSequence>
{
    public void Configure(EntityTypeBuilder<LetterSequence> b)
    {
        b.ToTable("LetterSequences");
        b.HasKey(x => x.HijriYear);
        b.Property(x => x.HijriYear).ValueGeneratedNever();
    }
}
