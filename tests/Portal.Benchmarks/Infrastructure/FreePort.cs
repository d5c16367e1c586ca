using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks.Infrastructure;

public static class FreePort
{
    /// <summary>A loopback port the OS had free a moment ago (for a child process that needs its URL up front).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
