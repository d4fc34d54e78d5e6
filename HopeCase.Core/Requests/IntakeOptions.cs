namespace HopeCase.Core.Requests;

/// <summary>Intake settings (section <c>Intake</c>): the declaration text signed by applicants, upload limits.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    public string DeclarationAr { get; set; } =
        "أقر أنا مقدم الطلب بأن جميع البيانات والمعلومات والمستندات التي قدمتها لجمعية أمل للأزمات النفسية صحيحة وكاملة، " +
        "وأتحمل المسؤولية المباشرة عن صحتها، وأوافق على أن تتحقق الجمعية منها وتستخدمها لدراسة طلبي، وأتعهد بإبلاغ الجمعية بأي تغيير يطرأ عليها.";

    public string DeclarationEn { get; set; } =
        "I, the applicant, declare that all the data, information and documents I have given the Hope Association for psychological crises " +
        "are true and complete; I am directly responsible for their truth; I agree that the association may verify and use them to study my request, " +
        "and I undertake to tell the association of any change.";

    public long MaxUploadBytes { get; set; } = FileInspector.DefaultMaxBytes;
}
