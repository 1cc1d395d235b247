using GraphQL.Types;
using Hub.Changes;
using Hub.Pupils;

namespace Hub.PopulationRegister;

/// <summary>What every register notice says: whose record, and from which day it holds.</summary>
public abstract class RegisterNoticeInput : MutationInput
{
    public string PersonalIdentityNumber { get; set; } = "";
    public DateOnly Since { get; set; }
}

public sealed class NotifyRegisteredDistrictInput : RegisterNoticeInput
{
    public string DistrictId { get; set; } = "";
}

public sealed class NotifyProtectedIdentityInput : RegisterNoticeInput
{
    public bool ProtectedIdentity { get; set; }
}

public sealed class NotifyCustodyInput : RegisterNoticeInput
{
    public List<RegisteredGuardianInput> Guardians { get; set; } = [];
}

public sealed class RegisteredGuardianInput
{
    public string PersonalIdentityNumber { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
}

/// <summary>The fields every register notice's input has.</summary>
public abstract class RegisterNoticeInputType<TInput> : MutationInputType<TInput>
    where TInput : RegisterNoticeInput
{
    protected RegisterNoticeInputType(string name, string description)
        : base(name, description)
    {
        Field(i => i.PersonalIdentityNumber).Description("The child's personal identity number, YYYYMMDD-NNNN: any child the register knows, in the hub or not.");
        Field(i => i.Since).Description("The day the register's record holds from; not before the child's birth, not in the future.");
    }
}

public sealed class NotifyRegisteredDistrictInputType : RegisterNoticeInputType<NotifyRegisteredDistrictInput>
{
    public NotifyRegisteredDistrictInputType()
        : base("NotifyRegisteredDistrictInput", "The district a child is registered in (folkbokförd), as the population register records it.")
    {
        Field<NonNullGraphType<IdGraphType>>("districtId").Description("The district of registration.");
    }
}

public sealed class NotifyProtectedIdentityInputType : RegisterNoticeInputType<NotifyProtectedIdentityInput>
{
    public NotifyProtectedIdentityInputType()
        : base("NotifyProtectedIdentityInput", "Whether a child's identity is protected (skyddade personuppgifter), as the population register records it.")
    {
        Field(i => i.ProtectedIdentity).Description("True while the identity is protected (sekretessmarkering or skyddad folkbokföring).");
    }
}

public sealed class NotifyCustodyInputType : RegisterNoticeInputType<NotifyCustodyInput>
{
    public NotifyCustodyInputType()
        : base("NotifyCustodyInput", "Who has custody (vårdnad) of a child, as the population register records it.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegisteredGuardianInputType>>>>("guardians")
            .Description($"Every guardian with custody from that day: at most {RegisterRules.MaxGuardians}, each once, each an adult then; none when no one has.");
    }
}

public sealed class RegisteredGuardianInputType : InputObjectGraphType<RegisteredGuardianInput>
{
    public RegisteredGuardianInputType()
    {
        Name = "RegisteredGuardianInput";
        Description = "A guardian (vårdnadshavare) with custody, as the population register records them.";
        Field(i => i.PersonalIdentityNumber).Description("The guardian's personal identity number.");
        Field(i => i.GivenName).Description($"Given name (at most {PupilRules.MaxNameLength} characters).");
        Field(i => i.FamilyName).Description($"Family name (at most {PupilRules.MaxNameLength} characters).");
    }
}
