using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Data.Postgres;

/// <summary>
/// A Data Protection key ring kept in a database table (<see cref="DataProtectionKeyRow"/>), so every node of
/// the portal reads and writes the same keys. The key manager calls it synchronously, hence the sync EF calls.
/// </summary>
internal sealed class DbContextXmlRepository(Func<DbContext> createContext) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = createContext();
        return db.Set<DataProtectionKeyRow>().AsNoTracking().OrderBy(k => k.Id)
            .Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = createContext();
        db.Set<DataProtectionKeyRow>().Add(new DataProtectionKeyRow
        {
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        db.SaveChanges();
    }
}
