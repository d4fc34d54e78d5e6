using HopeCase.Core.Inquiries;
using HopeCase.Core.Intake;
using HopeCase.Core.Notifications;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HopeCase.Core.Data;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.Property(x => x.CallerName).HasMaxLength(200);
        b.Property(x => x.CallerPhone).HasMaxLength(20);
        b.HasOne<Beneficiaries.Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FaqEntry>().WithMany().HasForeignKey(x => x.FaqEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BeneficiaryId, x.At });
        b.HasIndex(x => new { x.Channel, x.At });
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<ClarificationReferral>
{
    public void Configure(EntityTypeBuilder<ClarificationReferral> b)
    {
        b.ToTable("Referrals");
        b.HasOne<Beneficiaries.Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AnsweredAt);
    }
}

internal sealed class ManagerAlertConfiguration : IEntityTypeConfiguration<ManagerAlert>
{
    public void Configure(EntityTypeBuilder<ManagerAlert> b)
    {
        b.HasOne<Beneficiaries.Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AcknowledgedAt);
    }
}

internal sealed class GuideConfiguration : IEntityTypeConfiguration<GuideDocument>
{
    public void Configure(EntityTypeBuilder<GuideDocument> b)
    {
        b.ToTable("Guides");
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Kind);
    }
}

internal sealed class FaqConfiguration : IEntityTypeConfiguration<FaqEntry>
{
    public void Configure(EntityTypeBuilder<FaqEntry> b)
    {
        b.ToTable("Faq");
        b.HasIndex(x => x.SearchText);
    }
}

internal sealed class SupportTypeConfiguration : IEntityTypeConfiguration<SupportType>
{
    public void Configure(EntityTypeBuilder<SupportType> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasMany(x => x.Requirements).WithOne().HasForeignKey(r => r.SupportTypeId);
        b.Navigation(x => x.Requirements).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.ToTable("Requests");
        b.Property(x => x.Reference).HasMaxLength(20);
        b.HasIndex(x => x.Reference).IsUnique();
        b.Property(x => x.Description).HasMaxLength(8000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Beneficiary).WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.SupportType).WithMany().HasForeignKey(x => x.SupportTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.SupportRequestId);
        b.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.SupportRequestId);
        b.Navigation(x => x.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne(x => x.Declaration).WithOne().HasForeignKey<Declaration>(d => d.SupportRequestId);
        b.HasIndex(x => new { x.Status, x.DueAt });
        b.HasIndex(x => x.BeneficiaryId);
        b.HasIndex(x => x.NextDeadlineAt);
        b.HasIndex(x => x.AssignedAt);
        b.Property(x => x.AssignedResearcherName).HasMaxLength(200);
    }
}

internal sealed class RequestDocumentConfiguration : IEntityTypeConfiguration<RequestDocument>
{
    public void Configure(EntityTypeBuilder<RequestDocument> b)
    {
        b.HasOne(x => x.File).WithMany().HasForeignKey(x => x.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Requirement).WithMany().HasForeignKey(x => x.RequirementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> b)
    {
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.SignatureFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportRequestId).IsUnique();
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("Files");
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.HasIndex(x => new { x.Status, x.CreatedAt });
        b.HasIndex(x => x.BeneficiaryId);
    }
}
