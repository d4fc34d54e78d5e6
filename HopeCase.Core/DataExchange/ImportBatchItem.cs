namespace HopeCase.Core.DataExchange;

/// <summary>A beneficiary's file that an import batch created, from which row of the sheet.</summary>
public sealed class ImportBatchItem
{
    private ImportBatchItem()
    {
    }

    public ImportBatchItem(int batchId, int row, int beneficiaryId) => (BatchId, Row, BeneficiaryId) = (batchId, row, beneficiaryId);

    public int Id { get; private set; }
    public int BatchId { get; private set; }
    public int Row { get; private set; }
    public int BeneficiaryId { get; private set; }
}
