using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Seeds the 13 districts, their units and contact persons, and the city-wide units: beside each BUP
/// clinic the region's first-line and habilitation units for the same catchment (BUS), and each
/// district's leisure unit (SSPF). A health centre is its own provider, so its own authority; a
/// district's leisure is a branch of its administration apart from its social services (OSL 8 kap. 2 §).
/// </summary>
internal static class OrganisationSeeder
{
    public static async Task<CityMap> SeedAsync(BatchWriter writer, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(1001);
        var city = new CityMap();
        Add(new Unit { Code = "education:pupil-health", Name = "Utbildningsförvaltningen, enheten för elevhälsa", Kind = UnitKind.PupilHealthUnit, Agency = Agency.School, Authority = CityPlan.Education });
        Add(new Unit { Code = "oversight:dpo", Name = "Stockholms stad, dataskyddsombud", Kind = UnitKind.DataProtectionOffice, Agency = Agency.Oversight, Authority = CityPlan.Oversight });
        foreach (var (code, name) in CityPlan.BupClinics)
        {
            city.BupClinics.Add(Add(new Unit { Code = $"bup:{code}", Name = name, Kind = UnitKind.BupClinic, Agency = Agency.Bup, Authority = CityPlan.RegionBup }));
        }

        foreach (var (code, name) in CityPlan.PoliceAreas)
        {
            city.PoliceAreas.Add(Add(new Unit { Code = $"police:{code}", Name = name, Kind = UnitKind.PoliceArea, Agency = Agency.Police, Authority = CityPlan.Police }));
        }

        foreach (var plan in CityPlan.Districts)
        {
            AddDistrict(plan);
        }

        foreach (var (code, name, host) in CityPlan.CsuGroups)
        {
            city.CsuGroups.Add(AddGroup($"group:{code}", $"{name} ({host})", city[SchoolCode(host)], PlacementLevel.Csu));
        }

        foreach (var school in CityPlan.SmallGroupSchools)
        {
            var host = city[SchoolCode(school)];
            city.AddSmallGroup(host, AddGroup($"group:{Names.Slug(school)}-small", $"{school}, särskild undervisningsgrupp", host, PlacementLevel.SchoolLevel));
        }

        // Added after the rest so that the units seeded before them keep their ids; the migration RegionCareAndLeisure adds the same to older cities.
        foreach (var clinic in city.BupClinics)
        {
            var (code, place) = (clinic.Code["bup:".Length..], clinic.Name["BUP ".Length..]);
            Add(new Unit { Code = $"forsta-linjen:{code}", Name = $"Vårdcentralen {place}, första linjen barn och unga", Kind = UnitKind.FirstLineUnit, Agency = Agency.FirstLinePsychiatry, Authority = $"vardcentral:{code}" });
            Add(new Unit { Code = $"habilitering:{code}", Name = $"Habiliteringen {place}, barn och ungdom", Kind = UnitKind.HabilitationUnit, Agency = Agency.Habilitation, Authority = CityPlan.RegionHabilitation });
        }

        foreach (var district in city.Districts.Select(d => d.District))
        {
            Add(new Unit { Code = $"leisure:{district.Code}", Name = $"{district.Name} fritid (fritidsgårdar)", Kind = UnitKind.LeisureUnit, Agency = Agency.Leisure, Authority = $"leisure:{district.Code}", District = district });
        }
        // Last, and drawing no lead: the register is no unit of the city, and the units before it keep their ids and leads.
        city.PopulationRegister = new Unit
        {
            Code = CityPlan.PopulationRegisterUnit,
            Name = CityPlan.PopulationRegisterName,
            Kind = UnitKind.PopulationRegister,
            Agency = Agency.PopulationRegister,
            Authority = CityPlan.PopulationRegister,
        };
        writer.Add(city.PopulationRegister);

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
        return city;

        Unit Add(Unit unit)
        {
            writer.Add(unit);
            city.Add(unit, CityPlan.NamedLeads.GetValueOrDefault(unit.Code) ?? Names.Staff(random));
            return unit;
        }

        Unit AddGroup(string code, string name, Unit host, PlacementLevel level) => Add(new Unit
        {
            Code = code,
            Name = name,
            Kind = UnitKind.TeachingGroup,
            Agency = Agency.School,

            // A group belongs to its host's authority: the education administration, or an independent school.
            Authority = host.Authority,
            District = host.District,
            HostSchool = host,
            GroupLevel = level,
        });

        void AddDistrict(DistrictPlan plan)
        {
            var (police, bup) = (city[$"police:{plan.PoliceArea}"], city[$"bup:{plan.BupClinic}"]);
            var district = new District { Code = Names.Slug(plan.Name), Name = plan.Name, PoliceArea = police, BupClinic = bup };
            writer.Add(district);
            var social = $"social:{district.Code}";
            Unit Social(string part, string name, UnitKind kind) => Add(new Unit
            {
                Code = $"{social}:{part}",
                Name = $"{plan.Name} socialtjänst, {name}",
                Kind = kind,
                Agency = Agency.SocialServices,
                Authority = social,
                District = district,
            });

            var units = new DistrictUnits
            {
                District = district,
                Reception = Social("reception", "mottagning", UnitKind.SocialServicesReception),
                Investigation = Social("investigation", "utredning barn och unga", UnitKind.SocialServicesInvestigation),
                Preventive = Social("preventive", "förebyggande (skolsociala team, SSPF)", UnitKind.SocialServicesPreventive),
                PoliceArea = police,
                BupClinic = bup,
            };
            foreach (var name in plan.Schools)
            {
                units.Schools.Add(AddSchool(name, district, CityPlan.Education, SchoolOwnership.Municipal));
            }

            if (plan.IndependentSchool is { } independent)
            {
                units.Schools.Add(AddSchool(independent, district, $"independent:{Names.Slug(independent)}", SchoolOwnership.Independent));
            }

            if (plan.RsuHost is { } rsuHost)
            {
                var host = city[SchoolCode(rsuHost)];
                units.Rsu = AddGroup($"group:{Names.Slug(rsuHost)}-rsu", $"{rsuHost}, RSU {plan.Name}", host, PlacementLevel.Rsu);
            }

            city.AddDistrict(units);
            ContactPersons.Add(writer, units, random, today);
        }

        Unit AddSchool(string name, District district, string authority, SchoolOwnership ownership)
        {
            var school = Add(new Unit { Code = SchoolCode(name), Name = name, Kind = UnitKind.School, Agency = Agency.School, Authority = authority, District = district, Ownership = ownership });
            city.Schools.Add(school);
            return school;
        }
    }

    private static string SchoolCode(string name) => $"school:{Names.Slug(name)}";
}
