using System.Net;
using System.Net.Sockets;

namespace HopeCase.Tests.Support;

/// <summary>A real listener on 127.0.0.1 that accepts connections and never answers: the gateway that hangs.</summary>
public sealed class SilentGateway : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly Task _accept;

    public SilentGateway()
    {
        _listener.Start();
        _accept = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/sms";

    /// <summary>How many connections came in (and were left waiting).</summary>
    public int Accepted { get { lock (_held) { return _held.Count; } } }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                lock (_held)
                {
                    _held.Add(client);
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // stopped
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(c => c.Dispose());
        }
        _accept.Wait(TimeSpan.FromSeconds(5));
    }
}
