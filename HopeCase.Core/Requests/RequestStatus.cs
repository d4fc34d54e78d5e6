namespace HopeCase.Core.Requests;

/// <summary>Where a support request stands (DESIGN: "The request's life").</summary>
public enum RequestStatus
{
    Draft = 0,
    Received = 1,
    Submitted = 2,
    UnderStudy = 3,
    AwaitingCommittee = 4,
    NeedsInfo = 5,
    Deferred = 6,
    Accepted = 7,
    Rejected = 8,
    Registered = 9,
    InService = 10,
    Closed = 11,
    Withdrawn = 12,
}
