using HopeCase.Core.Organisation;

namespace HopeCase.Core.Letters;

/// <summary>The wording a fresh install starts with. Rejections are worded gently, as the policy asks.</summary>
public static class DefaultWording
{
    public static string For(LetterType type, bool arabic) => (type, arabic) switch
    {
        (LetterType.RequestReceipt, true) =>
            "المكرم/ {{BeneficiaryName}} المحترم\n\nالسلام عليكم ورحمة الله وبركاته،\n\nنفيدكم بأنه تم استلام طلبكم رقم {{RequestNumber}} بتاريخ {{RequestDate}}، وستدرسه " + Terms.CommitteeAr + " وتردّ عليكم في موعد أقصاه {{DueDate}}.\n\nوتقبلوا خالص التحية والتقدير.",
        (LetterType.RequestReceipt, false) =>
            "Dear {{BeneficiaryName}},\n\nWe confirm that your request no. {{RequestNumber}} of {{RequestDate}} has been received. The " + Terms.CommitteeEn + " will study it and answer you by {{DueDate}}.\n\nWith our kind regards.",
        (LetterType.Acceptance, true) =>
            "المكرم/ {{BeneficiaryName}} المحترم\n\nالسلام عليكم ورحمة الله وبركاته،\n\nيسعدنا إبلاغكم بأن " + Terms.CommitteeAr + " قررت الموافقة على طلبكم رقم {{RequestNumber}}، وتشمل الخدمات المعتمدة:\n{{Services}}\n\nسيتواصل معكم أخصائي الجمعية لترتيب المواعيد. نتمنى لكم دوام الصحة والعافية.",
        (LetterType.Acceptance, false) =>
            "Dear {{BeneficiaryName}},\n\nWe are glad to inform you that the " + Terms.CommitteeEn + " approved your request no. {{RequestNumber}}. The approved services are:\n{{Services}}\n\nThe association's specialist will contact you to arrange appointments. We wish you good health.",
        (LetterType.Rejection, true) =>
            "المكرم/ {{BeneficiaryName}} المحترم\n\nالسلام عليكم ورحمة الله وبركاته،\n\nنشكر لكم ثقتكم بالجمعية، وبعد دراسة طلبكم رقم {{RequestNumber}} نعتذر عن قبول طلبكم في الوقت الحالي، وذلك للأسباب التالية:\n{{Reasons}}\n\nيحق لكم التظلم من هذا القرار بتقديم طلب تظلم مكتوب إلى الجمعية حضوريًا أو عبر البريد الإلكتروني خلال {{AppealPeriod}}، أي في موعد أقصاه {{AppealDeadline}}.\n\nنسأل الله لكم التوفيق، وأبوابنا مفتوحة لكم دائمًا.",
        (LetterType.Rejection, false) =>
            "Dear {{BeneficiaryName}},\n\nThank you for your trust in the association. After studying your request no. {{RequestNumber}}, we regret that we cannot accept it at this time, for the following reasons:\n{{Reasons}}\n\nYou may appeal this decision by submitting a written appeal to the association, in person or by email, within {{AppealDays}} days, that is no later than {{AppealDeadline}}.\n\nWe wish you well; our doors remain open to you.",
        (LetterType.MissingInformation, true) =>
            "المكرم/ {{BeneficiaryName}} المحترم\n\nالسلام عليكم ورحمة الله وبركاته،\n\nإشارة إلى طلبكم رقم {{RequestNumber}}، نأمل تزويدنا بما يلي لاستكمال دراسة الطلب:\n{{MissingItems}}\n\nوذلك في موعد أقصاه {{DueDate}}، ولأي استفسار يسعدنا تواصلكم على الرقم {{OrganisationPhone}}.",
        (LetterType.MissingInformation, false) =>
            "Dear {{BeneficiaryName}},\n\nRegarding your request no. {{RequestNumber}}, please provide the following so that we can complete its study:\n{{MissingItems}}\n\nno later than {{DueDate}}. For any question, please call us on {{OrganisationPhone}}.",
        (LetterType.ExternalReferral, true) =>
            "سعادة/ {{ReferralBody}} المحترمين\n\nالسلام عليكم ورحمة الله وبركاته،\n\nتحيل إليكم {{OrganisationName}} المستفيد/ {{BeneficiaryName}} صاحب الطلب رقم {{RequestNumber}}، وذلك {{ReferralReason}}، آملين التكرم بتقديم ما يلزم.\n\nشاكرين لكم حسن تعاونكم.",
        (LetterType.ExternalReferral, false) =>
            "To {{ReferralBody}},\n\n{{OrganisationName}} refers to you the beneficiary {{BeneficiaryName}} (request no. {{RequestNumber}}) {{ReferralReason}}, and kindly asks you to provide the necessary care.\n\nThank you for your cooperation.",
        (LetterType.CommitteeMinutes, true) =>
            "محضر اجتماع " + Terms.CommitteeAr + " رقم {{SessionNumber}} المنعقد بتاريخ {{SessionDate}}.\n\nالنصاب المطلوب: {{QuorumMembers}}، والحاضرون: {{MembersPresent}}، وبذلك يكون النصاب مكتملًا.\n\nالغائبون: {{MembersAbsent}}\n\nتعارض المصالح: {{Conflicts}}\n\nالقرارات:\n{{Decisions}}",
        (LetterType.CommitteeMinutes, false) =>
            "Minutes of " + Terms.CommitteeEn + " session no. {{SessionNumber}} held on {{SessionDate}}.\n\nQuorum required: {{Quorum}} members; present: {{MembersPresent}}, so the quorum is met.\n\nAbsent: {{MembersAbsent}}\n\nConflicts of interest: {{Conflicts}}\n\nDecisions:\n{{Decisions}}",
        (LetterType.SupportRequestForm, true) =>
            "نموذج طلب دعم (P-5.4) - يعبأ من المستفيد أو من يمثله، وتُرفق به المستندات المطلوبة.",
        (LetterType.SupportRequestForm, false) =>
            "Support request form (P-5.4) - filled in by the beneficiary or their representative, with the required documents attached.",
        (LetterType.WithdrawalConfirmation, true) =>
            "المكرم/ {{BeneficiaryName}} المحترم\n\nالسلام عليكم ورحمة الله وبركاته،\n\nنفيدكم بأنه سُجّل بتاريخ {{WithdrawalDate}} انسحابكم من طلبكم رقم {{RequestNumber}} بناءً على رغبتكم، وقد أُوقفت دراسته.\n\nسبب الانسحاب: {{Reasons}}\n\nيسعدنا استقبال طلبكم من جديد متى شئتم، وأبوابنا مفتوحة لكم دائمًا.",
        (LetterType.WithdrawalConfirmation, false) =>
            "Dear {{BeneficiaryName}},\n\nWe confirm that on {{WithdrawalDate}} your withdrawal of request no. {{RequestNumber}} was recorded at your wish, and its study has stopped.\n\nReason given: {{Reasons}}\n\nYou are welcome to apply again whenever you wish.",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
