using System.Numerics;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// An exact rational number for the Method of Equal Shares: voters' shares and prices are fractions of a currency
/// unit, and no outcome may depend on rounding. Written by hand because the BCL has no rational type and the core
/// package takes no further dependencies.
/// </summary>
internal readonly struct Fraction : IComparable<Fraction>, IEquatable<Fraction>
{
    private Fraction(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    public bool IsZero => Numerator.IsZero;

    public static Fraction Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd.IsOne || gcd.IsZero ? new(numerator, denominator) : new(numerator / gcd, denominator / gcd);
    }

    public static Fraction FromInteger(BigInteger value) => new(value, BigInteger.One);

    public static Fraction operator +(Fraction a, Fraction b) =>
        a.Denominator == b.Denominator
            ? Of(a.Numerator + b.Numerator, a.Denominator)
            : Of((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) =>
        a.Denominator == b.Denominator
            ? Of(a.Numerator - b.Numerator, a.Denominator)
            : Of((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, long b) => Of(a.Numerator * b, a.Denominator);

    public static Fraction operator /(Fraction a, long b) => Of(a.Numerator, a.Denominator * b);

    public static Fraction operator /(Fraction a, Fraction b) => Of(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    public static bool operator ==(Fraction a, Fraction b) => a.Equals(b);

    public static bool operator !=(Fraction a, Fraction b) => !a.Equals(b);

    public int CompareTo(Fraction other) =>
        Denominator == other.Denominator
            ? Numerator.CompareTo(other.Numerator)
            : (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public int CompareTo(long value) => Numerator.CompareTo(value * Denominator);

    public bool Equals(Fraction other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Fraction other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>The value rounded to the nearest hundredth of a currency unit (halves away from zero), for people to read.</summary>
    public decimal ToDecimal()
    {
        var scaled = BigInteger.DivRem(Numerator * 100, Denominator, out var remainder);
        if (BigInteger.Abs(remainder) * 2 >= Denominator)
        {
            scaled += Numerator.Sign;
        }

        return (decimal)scaled / 100m;
    }

    public double ToDouble() => Denominator.IsOne
        ? (double)Numerator
        : Math.Exp(BigInteger.Log(BigInteger.Abs(Numerator)) - BigInteger.Log(Denominator)) * Numerator.Sign;

    public override string ToString() => $"{Numerator}/{Denominator}";
}
