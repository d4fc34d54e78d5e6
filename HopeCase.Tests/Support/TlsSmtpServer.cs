using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace HopeCase.Tests.Support;

/// <summary>
/// A small SMTP server on 127.0.0.1 for one message, over STARTTLS or implicit TLS, with a self-signed certificate
/// made here. It offers AUTH PLAIN and XOAUTH2 and records the commands (after TLS), the AUTH line and the message.
/// </summary>
public sealed class TlsSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly bool _implicitTls;
    private readonly Task _serve;

    public TlsSmtpServer(bool implicitTls)
    {
        _implicitTls = implicitTls;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        Certificate = X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
        _listener.Start();
        _serve = ServeAsync();
    }

    public X509Certificate2 Certificate { get; }
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public List<string> Commands { get; } = [];
    public bool Encrypted { get; private set; }
    public string? AuthLine { get; private set; }
    public string Data { get; private set; } = "";

    /// <summary>Trusts exactly this server's certificate: what the test hands to MailKit instead of the system store.</summary>
    public bool Trusts(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null && certificate.GetCertHashString() == Certificate.GetCertHashString();

    private async Task ServeAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        Stream stream = client.GetStream();
        if (_implicitTls)
        {
            stream = await SecureAsync(stream);
        }
        var (reader, writer) = Wrap(stream);
        await writer.WriteLineAsync("220 localhost ESMTP test");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            if (verb == "AUTH")
            {
                AuthLine = line;
            }
            else
            {
                Commands.Add(line);
            }
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-localhost");
                    await writer.WriteLineAsync(Encrypted ? "250-8BITMIME" : "250-STARTTLS");
                    await writer.WriteLineAsync("250 AUTH PLAIN XOAUTH2");
                    break;
                case "STARTTLS":
                    await writer.WriteLineAsync("220 go ahead");
                    stream = await SecureAsync(stream);
                    (reader, writer) = Wrap(stream);
                    break;
                case "AUTH":
                    await writer.WriteLineAsync("235 2.7.0 accepted");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 go on");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } d && d != ".")
                    {
                        data.Append(d).Append("\r\n");
                    }
                    Data = data.ToString();
                    await writer.WriteLineAsync("250 2.0.0 queued as TEST42");
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

    private async Task<Stream> SecureAsync(Stream inner)
    {
        var ssl = new SslStream(inner, leaveInnerStreamOpen: true);
        await ssl.AuthenticateAsServerAsync(Certificate);
        Encrypted = true;
        return ssl;
    }

    private static (StreamReader, StreamWriter) Wrap(Stream stream) =>
        (new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true), new StreamWriter(stream, Encoding.ASCII, 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true });

    public async Task StopAsync() => await _serve.WaitAsync(TimeSpan.FromSeconds(20));

    public void Dispose()
    {
        _listener.Stop();
        Certificate.Dispose();
    }
}
