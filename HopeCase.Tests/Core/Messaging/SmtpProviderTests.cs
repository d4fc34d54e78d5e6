using System.Net;
using System.Net.Sockets;
using System.Text;
using HopeCase.Core.Messaging;

namespace HopeCase.Tests.Core.Messaging;

/// <summary>The SMTP provider against a small SMTP server on 127.0.0.1 that records what it is told.</summary>
public sealed class SmtpProviderTests
{
    /// <summary>Speaks just enough SMTP for one message; answers RCPT with <paramref name="rcptReply"/>.</summary>
    private sealed class LocalSmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task _serve;

        public LocalSmtpServer(string rcptReply = "250 OK")
        {
            _listener.Start();
            _serve = ServeAsync(rcptReply);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
        public List<string> Commands { get; } = [];
        public string Data { get; private set; } = "";

        private async Task ServeAsync(string rcptReply)
        {
            using var client = await _listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ready");
            while (await reader.ReadLineAsync() is { } line)
            {
                Commands.Add(line);
                var verb = line.Split(' ', ':')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "RCPT":
                        await writer.WriteLineAsync(rcptReply);
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 go on");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } d && d != ".")
                        {
                            data.Append(d).Append("\r\n");
                        }
                        Data = data.ToString();
                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }

        public async Task StopAsync()
        {
            await _serve.WaitAsync(TimeSpan.FromSeconds(10));
        }

        public void Dispose() => _listener.Stop();
    }

    private static OutboxMessage Message(string body) =>
        new("test:smtp", null, MessageChannel.Email, MessageKind.RequestReceipt, "beneficiary@example.org", body, "ar", DateTimeOffset.UnixEpoch);

    private static SmtpEmailProvider Provider(int port) =>
        new(new MessagingOptions { EmailProvider = "smtp", SmtpHost = "127.0.0.1", SmtpPort = port, SmtpSecurity = "none", SmtpFrom = "noreply@hope.example" });

    [Fact]
    public async Task An_arabic_message_is_handed_to_the_smtp_server_intact()
    {
        using var server = new LocalSmtpServer();
        const string body = "استلمنا طلبكم رقم 1448-000042 وسنرد عليكم قبل 1448/06/28 هـ.";
        await Provider(server.Port).SendAsync(Message(body), CancellationToken.None);
        await server.StopAsync();

        Assert.Contains(server.Commands, c => c.StartsWith("RCPT TO:<beneficiary@example.org>", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(server.Commands, c => c.StartsWith("MAIL FROM:<noreply@hope.example>", StringComparison.OrdinalIgnoreCase));
        var (headers, content) = (server.Data[..server.Data.IndexOf("\r\n\r\n", StringComparison.Ordinal)], server.Data[(server.Data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
        Assert.Contains("Content-Transfer-Encoding: base64", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(body, Encoding.UTF8.GetString(Convert.FromBase64String(content.Replace("\r\n", "", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_refusal_by_the_server_is_reported_as_not_sent_so_the_sender_retries()
    {
        using var server = new LocalSmtpServer(rcptReply: "550 mailbox unavailable");
        var ex = await Assert.ThrowsAsync<MessageNotSentException>(() => Provider(server.Port).SendAsync(Message("نص"), CancellationToken.None));
        Assert.Contains("SMTP", ex.Message, StringComparison.Ordinal);
    }
}
