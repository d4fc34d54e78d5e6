using System.Buffers.Binary;
using System.Security.Cryptography;

namespace HopeCase.Core.Backup;

/// <summary>
/// AES-256-GCM over the payload in chunks: each chunk has its own nonce (the header's random prefix and the chunk's
/// number) and is bound to the header's bytes, its number and whether it is the last, so a chunk cannot be changed,
/// moved, dropped or the file cut short without the tag check failing.
/// </summary>
internal static class BackupCipher
{
    private const int TagSize = 16;

    public static void Encrypt(Stream plain, Stream output, BackupKey key, byte[] headerBytes, byte[] noncePrefix, int chunkSize)
    {
        using var aes = new AesGcm(key.Bytes, TagSize);
        var headerHash = SHA256.HashData(headerBytes);
        var current = new byte[chunkSize];
        var next = new byte[chunkSize];
        var currentLength = plain.ReadAtLeast(current, chunkSize, throwOnEndOfStream: false);
        var cipher = new byte[chunkSize];
        var tag = new byte[TagSize];
        var lengthBytes = new byte[4];
        for (uint index = 0; ; index++)
        {
            var nextLength = currentLength == chunkSize ? plain.ReadAtLeast(next, chunkSize, throwOnEndOfStream: false) : 0;
            var last = nextLength == 0;
            aes.Encrypt(Nonce(noncePrefix, index), current.AsSpan(0, currentLength), cipher.AsSpan(0, currentLength), tag, Aad(headerHash, index, last));
            BinaryPrimitives.WriteInt32BigEndian(lengthBytes, currentLength);
            output.Write(lengthBytes);
            output.Write(cipher, 0, currentLength);
            output.Write(tag);
            if (last)
            {
                return;
            }
            (current, next, currentLength) = (next, current, nextLength);
        }
    }

    /// <summary>Decrypts what follows the header (a seekable file) into <paramref name="plain"/>; false when a tag does not check.</summary>
    public static bool TryDecrypt(Stream input, Stream plain, BackupKey key, byte[] headerBytes, byte[] noncePrefix, int chunkSize)
    {
        using var aes = new AesGcm(key.Bytes, TagSize);
        var headerHash = SHA256.HashData(headerBytes);
        var cipher = new byte[chunkSize];
        var clear = new byte[chunkSize];
        var tag = new byte[TagSize];
        var lengthBytes = new byte[4];
        for (uint index = 0; ; index++)
        {
            if (input.ReadAtLeast(lengthBytes, 4, throwOnEndOfStream: false) < 4)
            {
                return false;
            }
            var length = BinaryPrimitives.ReadInt32BigEndian(lengthBytes);
            if (length < 0 || length > chunkSize
                || input.ReadAtLeast(cipher.AsSpan(0, length), length, throwOnEndOfStream: false) < length
                || input.ReadAtLeast(tag, TagSize, throwOnEndOfStream: false) < TagSize)
            {
                return false;
            }
            // The last chunk is the one that ends the file; a file cut at a chunk boundary fails the tag.
            var last = input.Position == input.Length;
            if (!Open(aes, noncePrefix, index, cipher, clear, length, tag, headerHash, last))
            {
                return false;
            }
            plain.Write(clear, 0, length);
            if (last)
            {
                return true;
            }
        }
    }

    private static bool Open(AesGcm aes, byte[] prefix, uint index, byte[] cipher, byte[] clear, int length, byte[] tag, byte[] headerHash, bool last)
    {
        try
        {
            aes.Decrypt(Nonce(prefix, index), cipher.AsSpan(0, length), tag, clear.AsSpan(0, length), Aad(headerHash, index, last));
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }

    private static byte[] Nonce(byte[] prefix, uint index)
    {
        var nonce = new byte[12];
        prefix.AsSpan(0, 8).CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(8), index);
        return nonce;
    }

    private static byte[] Aad(byte[] headerHash, uint index, bool last)
    {
        var aad = new byte[headerHash.Length + 5];
        headerHash.CopyTo(aad, 0);
        BinaryPrimitives.WriteUInt32BigEndian(aad.AsSpan(headerHash.Length), index);
        aad[^1] = last ? (byte)1 : (byte)0;
        return aad;
    }
}
