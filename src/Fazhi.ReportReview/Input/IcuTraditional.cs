using System.Runtime.InteropServices;

namespace Fazhi.ReportReview.Input;

/// <summary>Traditional → Simplified for every character, through ICU's "Traditional-Simplified" transliterator.
/// .NET on Linux loads ICU for globalisation anyway; where it is absent (invariant mode, old Windows) this returns null
/// and the Normalizer's own character map is all there is.</summary>
static class IcuTraditional
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    delegate IntPtr OpenU(
        [MarshalAs(UnmanagedType.LPWStr)] string id, int idLength, int direction, IntPtr rules, int rulesLength,
        IntPtr parseError, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    delegate void TransUChars(
        IntPtr transliterator, [In, Out] char[] text, ref int textLength, int capacity, int start, ref int limit,
        ref int status);

    const string Id = "Traditional-Simplified";
    const int BufferOverflow = 15; // U_BUFFER_OVERFLOW_ERROR

    static readonly Lazy<(IntPtr Handle, TransUChars Transform)?> Transliterator = new(Open);
    static readonly Lock Gate = new();

    public static string? ToSimplified(string text)
    {
        if (Transliterator.Value is not var (handle, transform)) return null;
        for (var capacity = text.Length + 16; ; capacity *= 2)
        {
            var buffer = new char[capacity];
            text.CopyTo(0, buffer, 0, text.Length);
            int length = text.Length, limit = text.Length, status = 0;
            lock (Gate) transform(handle, buffer, ref length, capacity, 0, ref limit, ref status);
            if (status == BufferOverflow) continue;
            return status > 0 ? null : new string(buffer, 0, length);
        }
    }

    static (IntPtr, TransUChars)? Open()
    {
        foreach (var (library, suffix) in Candidates())
        {
            if (!NativeLibrary.TryLoad(library, out var lib)) continue;
            if (!NativeLibrary.TryGetExport(lib, "utrans_openU" + suffix, out var open) ||
                !NativeLibrary.TryGetExport(lib, "utrans_transUChars" + suffix, out var trans)) continue;
            var status = 0;
            var handle = Marshal.GetDelegateForFunctionPointer<OpenU>(open)(
                Id, Id.Length, 0, IntPtr.Zero, 0, IntPtr.Zero, ref status);
            if (status <= 0 && handle != IntPtr.Zero)
                return (handle, Marshal.GetDelegateForFunctionPointer<TransUChars>(trans));
        }
        return null;
    }

    /// <summary>ICU libraries carry their major version in file and symbol names on Linux; Windows and macOS do
    /// not.</summary>
    static IEnumerable<(string Library, string Suffix)> Candidates()
    {
        if (OperatingSystem.IsWindows()) yield return ("icu.dll", "");
        if (OperatingSystem.IsMacOS()) yield return ("libicucore.dylib", "");
        for (var version = 90; version >= 50; version--) yield return ($"libicui18n.so.{version}", $"_{version}");
    }
}
