namespace HopeCase.Core.Requests;

public enum RequestTrigger
{
    Submit,
    Verify,
    RejectIncomplete,
    Assign,
    Recommend,
    Accept,
    Reject,
    RequestInfo,
    Defer,
    InfoReceived,
    Requeue,
    Register,
    StartService,
    Close,
    Appeal,
    Withdraw,
}
