using System.Net;

namespace HopeCase.Tests.Support;

/// <summary>A real HTTP SMS gateway on 127.0.0.1 (HttpListener) that counts what it receives and can be told to fail.</summary>
public sealed class SmsGateway : IDisposable
{
    private readonly HttpListener _listener;
    private readonly List<string> _bodies = [];
    private readonly Task _loop;

    public SmsGateway()
    {
        for (var attempt = 0; ; attempt++)
        {
            Port = Random.Shared.Next(20000, 60000);
            Url = $"http://127.0.0.1:{Port}/sms/";
            // A listener whose Start failed is closed and cannot be started again: a new one for each port tried.
            var listener = new HttpListener();
            listener.Prefixes.Add(Url);
            try
            {
                listener.Start();
                _listener = listener;
                break;
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                listener.Close();
            }
        }
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; private set; }
    public string Url { get; private set; } = "";

    /// <summary>The next this-many requests are answered 503.</summary>
    public int FailNext { get; set; }

    /// <summary>Held before answering, so two concurrent senders overlap.</summary>
    public TimeSpan Delay { get; set; }

    public int Count { get { lock (_bodies) { return _bodies.Count; } } }

    public IReadOnlyList<string> Bodies { get { lock (_bodies) { return [.. _bodies]; } } }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            bool fail;
            lock (_bodies)
            {
                _bodies.Add(body);
                fail = FailNext > 0;
                if (fail)
                {
                    FailNext--;
                }
            }
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }
            context.Response.StatusCode = fail ? 503 : 200;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
