using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>Stores an amount in <see cref="Rials"/> as its whole number of rials (a 64-bit integer; ADR 0006).</summary>
internal sealed class RialsConverter : ValueConverter<Rials, long>
{
    public RialsConverter()
        : base(rials => rials.Amount, amount => new Rials(amount))
    {
    }
}
