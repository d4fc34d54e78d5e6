using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Registration;

internal sealed class FileSequenceConfiguration : IEntityTypeConfiguration<FileSequence>
{
    public void Configure(EntityTypeBuilder<FileSequence> b)
    {
        b.ToTable("FileSequences");
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
    }
}
