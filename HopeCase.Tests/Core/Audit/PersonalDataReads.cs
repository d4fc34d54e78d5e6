using System.Reflection;
using HopeCase.Core.Security;

namespace HopeCase.Tests.Core.Audit;

/// <summary>
/// The rule the read-audit test enforces, found by reflection: every public instance method of a public HopeCase.Core
/// class that returns a Task whose result contains a type marked [PersonalData] (as the result itself, a generic
/// argument, an array element or a public property, at any depth) reads personal data and must write an audit entry.
/// An overloaded method is named with its parameter count (<c>CheckDuplicatesAsync/4</c>).
/// </summary>
public static class PersonalDataReads
{
    public static IReadOnlyList<string> Find() =>
        typeof(PersonalDataAttribute).Assembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsClass: true, IsAbstract: false } && !t.IsDefined(typeof(PersonalDataAttribute)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => (t, m)))
            .Where(x => x.m.ReturnType.IsGenericType && x.m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
                && Carries(x.m.ReturnType.GetGenericArguments()[0], []))
            .Select(x => x.t.GetMethods().Count(o => o.Name == x.m.Name && o.DeclaringType == x.t) > 1
                ? $"{x.t.Name}.{x.m.Name}/{x.m.GetParameters().Length}" : $"{x.t.Name}.{x.m.Name}")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static bool Carries(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return false;
        }
        if (type.IsDefined(typeof(PersonalDataAttribute), inherit: false))
        {
            return true;
        }
        if (type.IsArray)
        {
            return Carries(type.GetElementType()!, seen);
        }
        if (type.IsGenericType && type.GetGenericArguments().Any(a => Carries(a, seen)))
        {
            return true;
        }
        // The app's own result records (a page of hits, a session with its agenda) are looked into.
        return type.Assembly == typeof(PersonalDataAttribute).Assembly && !type.IsEnum
            && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => Carries(p.PropertyType, seen));
    }
}
