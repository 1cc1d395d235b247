using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Records;

namespace Hub.PopulationRegister;

/// <summary>The register's receipt for a notice: that the hub has it, and nothing about the child.</summary>
public sealed class RegisterNoticeType : ObjectGraphType<RegisterNotice>
{
    public const string TypeName = "RegisterNotice";

    public RegisterNoticeType()
    {
        Name = TypeName;
        Description = "Receipt for a notice from the population register (folkbokföringen): the hub has it. The same for every child, in the hub or not, changed by it or not.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the notice, to quote.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(n => n.ReceivedAt).Description("When the hub received it (UTC).");
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class RegisterNoticePayloadType : PayloadType<RegisterNoticeType, RegisterNotice>, IOwnRecordPayload
{
    public RegisterNoticePayloadType()
        : base("RegisterNoticePayload", "notice", "a population-register notice, as its sender sees it", DataCategory.Directory,
            data => data.RegisterNoticesFromCallersUnit)
    {
    }
}
