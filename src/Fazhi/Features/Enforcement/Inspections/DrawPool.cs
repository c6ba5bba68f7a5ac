using System.Security.Cryptography;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>What a draw chooses from: the registry's objects with their grades, the officers certified on the day,
/// the recusals registered. Kept in id order, so the draw, the stored bytes and their hash depend on the content
/// alone; stored with the plan, it lets the draw be re-run after the registry has changed.</summary>
public sealed class DrawPool
{
    const byte Format = 1;

    public int[] ObjectIds { get; }
    public RiskGrade[] Grades { get; }
    public int[] OfficerIds { get; }
    public (int OfficerId, int ObjectId)[] Recusals { get; }

    public DrawPool(int[] objectIds, RiskGrade[] grades, int[] officerIds, (int OfficerId, int ObjectId)[] recusals)
    {
        if (objectIds.Length != grades.Length) throw new ArgumentException("对象与风险等级的数目不一致");
        if (grades.Any(g => !Enum.IsDefined(g))) throw new ArgumentException("风险等级无效");
        (ObjectIds, Grades) = ((int[])objectIds.Clone(), (RiskGrade[])grades.Clone());
        Array.Sort(ObjectIds, Grades);
        OfficerIds = officerIds.Distinct().Order().ToArray();
        Recusals = recusals.Distinct().Order().ToArray();
        if (ObjectIds.FirstOrDefault(1) < 1 || OfficerIds.FirstOrDefault(1) < 1)
            throw new ArgumentException("编号应为正整数");
        for (var i = 1; i < ObjectIds.Length; i++)
            if (ObjectIds[i] == ObjectIds[i - 1]) throw new ArgumentException($"对象编号{ObjectIds[i]}重复");
    }

    /// <summary>Ids as gaps from the one before (the gap shifted left twice, the grade in the low bits), each a
    /// variable-length number: about one byte per object of a registry numbered without large gaps.</summary>
    public byte[] Encode()
    {
        using var bytes = new MemoryStream(ObjectIds.Length + OfficerIds.Length * 2 + 16);
        bytes.WriteByte(Format);
        Write(bytes, (uint)ObjectIds.Length);
        var previous = 0;
        for (var i = 0; i < ObjectIds.Length; i++)
        {
            Write(bytes, (ulong)(uint)(ObjectIds[i] - previous) << 2 | (uint)(Grades[i] - RiskGrade.A));
            previous = ObjectIds[i];
        }
        Write(bytes, (uint)OfficerIds.Length);
        previous = 0;
        foreach (var id in OfficerIds)
        {
            Write(bytes, (uint)(id - previous));
            previous = id;
        }
        Write(bytes, (uint)Recusals.Length);
        foreach (var (officer, obj) in Recusals)
        {
            Write(bytes, (uint)officer);
            Write(bytes, (uint)obj);
        }
        return bytes.ToArray();
    }

    /// <summary>The pool stored by Encode; a damaged record is an InvalidDataException, whatever is wrong with
    /// it.</summary>
    public static DrawPool Decode(byte[] content)
    {
        try { return Parse(content); }
        catch (Exception e) when (e is OverflowException or ArgumentException)
        {
            throw new InvalidDataException("抽取记录中的编号无效", e);
        }
    }

    static DrawPool Parse(byte[] content)
    {
        var at = 0;
        if (content.Length == 0 || content[at++] != Format)
            throw new InvalidDataException("抽取记录的格式无法识别");
        var objects = new int[Count(content, ref at)];
        var grades = new RiskGrade[objects.Length];
        var id = 0;
        for (var i = 0; i < objects.Length; i++)
        {
            var v = Read(content, ref at);
            objects[i] = id = checked(id + (int)(v >> 2));
            grades[i] = RiskGrade.A + (int)(v & 3);
        }
        var officers = new int[Count(content, ref at)];
        id = 0;
        for (var i = 0; i < officers.Length; i++) officers[i] = id = checked(id + (int)Read(content, ref at));
        var recusals = new (int, int)[Count(content, ref at)];
        for (var i = 0; i < recusals.Length; i++)
            recusals[i] = (checked((int)Read(content, ref at)), checked((int)Read(content, ref at)));
        if (at != content.Length) throw new InvalidDataException("抽取记录的长度不符");
        return new DrawPool(objects, grades, officers, recusals);
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    static void Write(Stream s, ulong v)
    {
        for (; v >= 0x80; v >>= 7) s.WriteByte((byte)(v | 0x80));
        s.WriteByte((byte)v);
    }

    static ulong Read(byte[] b, ref int at)
    {
        ulong v = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at == b.Length) throw new InvalidDataException("抽取记录不完整");
            var x = b[at++];
            v |= (ulong)(x & 0x7F) << shift;
            if (x < 0x80) return v;
        }
        throw new InvalidDataException("抽取记录中的数值无效");
    }

    /// <summary>A count no larger than the bytes left could hold, so a damaged record cannot ask for a huge
    /// array.</summary>
    static int Count(byte[] b, ref int at)
    {
        var n = Read(b, ref at);
        return n <= (ulong)(b.Length - at) ? (int)n : throw new InvalidDataException("抽取记录中的数目无效");
    }
}
