using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParticipatoryGovernance.Tests.Common;

/// <summary>
/// Reads the library's sources and lists the English templates its texts are built from: every string or interpolated
/// string passed as a <c>LocalizedTemplate</c> parameter (such as the English side of <c>RuleViolation.Of</c> and
/// <c>LocalizedText.Of</c>, or of a helper that passes one on), written as <c>LocalizedTemplate.Template</c> gives it
/// at run time: literal text as is, holes numbered <c>{0}</c>, <c>{1}</c>… in order.
/// </summary>
internal static class TemplateScanner
{
    /// <summary>A template found in a source file.</summary>
    public sealed record Found(string File, int Line, string Template);

    public static IReadOnlyList<Found> Scan(string sourceRoot)
    {
        var trees = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Preview), Path.GetRelativePath(sourceRoot, f).Replace('\\', '/')))
            .ToList();

        var typeNames = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()).Select(t => t.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
        var parameters = TemplateParameters(trees);
        var found = new List<Found>();
        foreach (var tree in trees)
        {
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var (receiver, name) = invocation.Expression switch
                {
                    IdentifierNameSyntax id => (null, id.Identifier.ValueText),
                    GenericNameSyntax generic => (null, generic.Identifier.ValueText),
                    MemberAccessExpressionSyntax member => (member.Expression switch
                    {
                        IdentifierNameSyntax id => id.Identifier.ValueText,
                        // A qualified receiver (Common.RuleViolation.Of): the type is the last name.
                        MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText,
                        _ => null,
                    }, member.Name.Identifier.ValueText),
                    _ => ((string?)null, (string?)null),
                };
                if (name is null || !parameters.TryGetValue(name, out var candidates))
                {
                    continue;
                }

                foreach (var parameter in candidates)
                {
                    if (receiver is not null && typeNames.Contains(receiver) && receiver != parameter.Type)
                    {
                        continue;
                    }

                    var argument = ArgumentFor(invocation.ArgumentList, parameter);
                    if (argument is null)
                    {
                        continue;
                    }

                    foreach (var template in TemplatesOf(argument.Expression))
                    {
                        found.Add(new Found(tree.FilePath, argument.GetLocation().GetLineSpan().StartLinePosition.Line + 1, template));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The templates an expression gives as a <c>LocalizedTemplate</c>; none when it is not written out.</summary>
    public static IEnumerable<string> TemplatesOf(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return TemplatesOf(parenthesized.Expression);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return [literal.Token.ValueText];
            case InterpolatedStringExpressionSyntax interpolated:
                return [TemplateOf(interpolated)];
            case ConditionalExpressionSyntax conditional:
                // A conditional is a string first: only literal branches are templates.
                return ConstantText(conditional.WhenTrue) is { } whenTrue && ConstantText(conditional.WhenFalse) is { } whenFalse ? [whenTrue, whenFalse] : [];
            case BinaryExpressionSyntax binary when ConstantText(binary) is { } text:
                return [text];
            default:
                return [];
        }
    }

    private static string TemplateOf(InterpolatedStringExpressionSyntax interpolated)
    {
        var template = new StringBuilder();
        var raw = interpolated.StringStartToken.ValueText.Contains("\"\"\"", StringComparison.Ordinal);
        var hole = 0;
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax text:
                    // A regular interpolated string writes a brace twice; a raw one writes it once.
                    template.Append(raw ? text.TextToken.ValueText : text.TextToken.ValueText.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal));
                    break;
                case InterpolationSyntax:
                    template.Append('{').Append(hole++.ToString(CultureInfo.InvariantCulture)).Append('}');
                    break;
            }
        }

        return template.ToString();
    }

    private static string? ConstantText(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => ConstantText(parenthesized.Expression),
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression)
            && ConstantText(binary.Left) is { } left && ConstantText(binary.Right) is { } right => left + right,
        _ => null,
    };

    private static ArgumentSyntax? ArgumentFor(ArgumentListSyntax arguments, TemplateParameter parameter)
    {
        var named = arguments.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameter.Name);
        if (named is not null)
        {
            return named;
        }

        return parameter.Index < arguments.Arguments.Count && arguments.Arguments.Take(parameter.Index + 1).All(a => a.NameColon is null)
            ? arguments.Arguments[parameter.Index]
            : null;
    }

    private sealed record TemplateParameter(string Type, int Index, string Name);

    private static Dictionary<string, List<TemplateParameter>> TemplateParameters(IEnumerable<SyntaxTree> trees)
    {
        var parameters = new Dictionary<string, List<TemplateParameter>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var (name, list) = node switch
                {
                    MethodDeclarationSyntax method => (method.Identifier.ValueText, method.ParameterList),
                    LocalFunctionStatementSyntax local => (local.Identifier.ValueText, local.ParameterList),
                    _ => ((string?)null, (ParameterListSyntax?)null),
                };
                if (name is null || list is null)
                {
                    continue;
                }

                var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? string.Empty;
                for (var i = 0; i < list.Parameters.Count; i++)
                {
                    if (list.Parameters[i].Type is { } parameterType && parameterType.ToString() is "LocalizedTemplate" or "Common.LocalizedTemplate" or "ParticipatoryGovernance.Common.LocalizedTemplate")
                    {
                        if (!parameters.TryGetValue(name, out var entries))
                        {
                            parameters[name] = entries = [];
                        }

                        entries.Add(new TemplateParameter(type, i, list.Parameters[i].Identifier.ValueText));
                    }
                }
            }
        }

        return parameters;
    }
}
