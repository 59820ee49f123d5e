using System.Net;
using System.Net.Sockets;

namespace Weihai.Tests.Support;

/// <summary>A port on 127.0.0.1 nothing listens on right now, for servers the tests start.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
