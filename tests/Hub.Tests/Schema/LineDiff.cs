using System.Text;

namespace Hub.Tests.Schema;

/// <summary>
/// A line diff for failure messages: each run of changed lines, <c>-</c> as expected and <c>+</c> as
/// actual, with a few unchanged lines around it and the line numbers where it starts in each.
/// </summary>
public static class LineDiff
{
    private const int Context = 3;
    private const int MaxLines = 60;

    /// <summary>Empty when the texts are equal.</summary>
    public static string Between(string expected, string actual)
    {
        var script = Script(expected.Split('\n'), actual.Split('\n'));
        var shown = new bool[script.Count];
        for (var i = 0; i < script.Count; i++)
        {
            if (script[i].Mark != ' ')
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(script.Count - 1, i + Context); j++)
                {
                    shown[j] = true;
                }
            }
        }

        var text = new StringBuilder();
        var written = 0;
        for (var i = 0; i < script.Count && written < MaxLines; i++)
        {
            if (!shown[i])
            {
                continue;
            }

            var (mark, expectedLine, actualLine, line) = script[i];
            if (i == 0 || !shown[i - 1])
            {
                text.Append("@@ -").Append(expectedLine).Append(" +").Append(actualLine).Append(" @@\n");
            }

            text.Append(mark).Append(' ').Append(line).Append('\n');
            written++;
        }

        if (written == MaxLines)
        {
            text.Append("… and more\n");
        }

        return text.ToString();
    }

    /// <summary>Every line of both texts in order, marked kept, removed or added, with its 1-based line numbers.</summary>
    private static List<(char Mark, int ExpectedLine, int ActualLine, string Text)> Script(string[] a, string[] b)
    {
        // The common head and tail are kept as they are; only the middle needs a longest common subsequence.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var (endA, endB) = (a.Length, b.Length);
        while (endA > head && endB > head && a[endA - 1] == b[endB - 1])
        {
            (endA, endB) = (endA - 1, endB - 1);
        }

        var (n, m) = (endA - head, endB - head);
        // Too large a middle to align line by line: show it all as removed, then added.
        var lcs = (long)n * m <= 4_000_000 ? new int[n + 1, m + 1] : new int[1, 1];
        if (lcs.Length > 1)
        {
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[head + i] == b[head + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }
        }

        var script = new List<(char, int, int, string)>();
        for (var k = 0; k < head; k++)
        {
            script.Add((' ', k + 1, k + 1, a[k]));
        }

        var (x, y) = (0, 0);
        while (x < n || y < m)
        {
            if (x < n && y < m && a[head + x] == b[head + y] && lcs.Length > 1)
            {
                script.Add((' ', head + x + 1, head + y + 1, a[head + x]));
                (x, y) = (x + 1, y + 1);
            }
            else if (x < n && (y == m || lcs.Length == 1 || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                script.Add(('-', head + x + 1, head + y + 1, a[head + x]));
                x++;
            }
            else
            {
                script.Add(('+', head + x + 1, head + y + 1, b[head + y]));
                y++;
            }
        }

        for (var k = 0; k < a.Length - endA; k++)
        {
            script.Add((' ', endA + k + 1, endB + k + 1, a[endA + k]));
        }

        return script;
    }
}
