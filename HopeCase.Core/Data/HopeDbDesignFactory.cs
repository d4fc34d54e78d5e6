using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HopeCase.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web app.</summary>
internal sealed class HopeDbDesignFactory : IDesignTimeDbContextFactory<HopeDb>
{
    public HopeDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HopeDb>().UseSqlite("Data Source=design-time.db").Options);
}
