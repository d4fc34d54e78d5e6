using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Letters;

internal sealed class OrganisationLogoConfiguration : IEntityTypeConfiguration<OrganisationLogo>
{
    public void Configure(EntityTypeBuilder<OrganisationLogo> b)
    {
        b.ToTable("OrganisationLogo");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ContentType).HasMaxLength(40);
        b.Property(x => x.UploadedBy).HasMaxLength(200);
    }
}
