namespace HopeCase.Core.Security;

/// <summary>
/// Marks a type that carries a beneficiary's personal data (a name, an ID, a mobile, a request, a note). Every public
/// service method whose result contains such a type writes an audit entry naming what it showed; the test
/// HopeCase.Tests/Core/Audit/EveryReadIsAuditedTests.cs finds those methods by this marker (docs/adr/0031).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PersonalDataAttribute : Attribute;
