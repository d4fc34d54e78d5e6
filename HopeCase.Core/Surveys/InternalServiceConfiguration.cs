using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Surveys;

internal sealed class InternalDepartmentConfiguration : IEntityTypeConfiguration<InternalDepartment>
{
    public void Configure(EntityTypeBuilder<InternalDepartment> b)
    {
        b.ToTable("InternalDepartments");
        b.Property(x => x.NameAr).HasMaxLength(120);
        b.Property(x => x.NameEn).HasMaxLength(120);
        b.Property(x => x.ContactName).HasMaxLength(200);
        b.Property(x => x.ContactEmail).HasMaxLength(256);
        b.Property(x => x.ContactMobile).HasMaxLength(20);
        b.HasIndex(x => x.NameAr).IsUnique();
        // The departments the policy names; a manager sets each one's contact and may add more.
        b.HasData(Seed(1, "الشؤون المالية", "Finance"), Seed(2, "الإعلام والعلاقات العامة", "Media"),
            Seed(3, "التطوع", "Volunteering"), Seed(4, "الموارد البشرية", "Human resources"));
    }

    private static object Seed(int id, string ar, string en) => new { Id = id, NameAr = ar, NameEn = en, Active = true };
}

internal sealed class InternalServiceConfiguration : IEntityTypeConfiguration<InternalService>
{
    public void Configure(EntityTypeBuilder<InternalService> b)
    {
        b.ToTable("InternalServices");
        b.Property(x => x.StaffId).HasMaxLength(450);
        b.Property(x => x.StaffName).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.RecordedById).HasMaxLength(450);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.HasIndex(x => x.CreatedAt);
        b.HasOne<InternalDepartment>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
