using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data;

/// <summary>The hub's one store. Personal-data sets are read through <c>Hub.Access</c>, never directly by resolvers.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options)
{
    public DbSet<District> Districts => Set<District>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();
    public DbSet<CooperationAgreement> CooperationAgreements => Set<CooperationAgreement>();
    public DbSet<ContactPersonNotice> ContactPersonNotices => Set<ContactPersonNotice>();
    public DbSet<SchoolSocialTeamSchool> SchoolSocialTeamSchools => Set<SchoolSocialTeamSchool>();
    public DbSet<RsuGroup> RsuGroups => Set<RsuGroup>();
    public DbSet<Pupil> Pupils => Set<Pupil>();
    public DbSet<Guardian> Guardians => Set<Guardian>();
    public DbSet<Custody> Custodies => Set<Custody>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<PlacementReview> PlacementReviews => Set<PlacementReview>();
    public DbSet<CsuAssessment> CsuAssessments => Set<CsuAssessment>();
    public DbSet<AbsenceRecord> AbsenceRecords => Set<AbsenceRecord>();
    public DbSet<Intervention> Interventions => Set<Intervention>();
    public DbSet<Sip> Sips => Set<Sip>();
    public DbSet<SipParticipant> SipParticipants => Set<SipParticipant>();
    public DbSet<SipGoal> SipGoals => Set<SipGoal>();
    public DbSet<SipMeeting> SipMeetings => Set<SipMeeting>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<ConsentProvision> ConsentProvisions => Set<ConsentProvision>();
    public DbSet<ConsentSignature> ConsentSignatures => Set<ConsentSignature>();
    public DbSet<ConsentRequest> ConsentRequests => Set<ConsentRequest>();
    public DbSet<ConsentRequestProvision> ConsentRequestProvisions => Set<ConsentRequestProvision>();
    public DbSet<InformationRequest> InformationRequests => Set<InformationRequest>();
    public DbSet<LegalBasis> LegalBases => Set<LegalBasis>();
    public DbSet<DisclosureDecision> DisclosureDecisions => Set<DisclosureDecision>();
    public DbSet<EmergencyAccess> EmergencyAccesses => Set<EmergencyAccess>();
    public DbSet<EmergencyAccessReview> EmergencyAccessReviews => Set<EmergencyAccessReview>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<SchoolYearRollover> SchoolYearRollovers => Set<SchoolYearRollover>();
    public DbSet<RegisterNotice> RegisterNotices => Set<RegisterNotice>();

    private readonly HashSet<IVersioned> _startingOver = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Saves <paramref name="record"/> as version 0, as a new record is, while its stored version
    /// still guards the write: a record made anew from an earlier one must not tell by its version
    /// that it had a past.
    /// </summary>
    public void StartOver(IVersioned record) => _startingOver.Add(record);

    /// <summary>Saves, first raising the version of every changed <see cref="IVersioned"/> record by one (or to 0 for one <see cref="StartOver"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = _startingOver.Contains(entry.Entity) ? 0 : (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
        }

        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _startingOver.Clear();
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
}
