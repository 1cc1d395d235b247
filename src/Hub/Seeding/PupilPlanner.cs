using Hub.Identity;
using Hub.Records;

namespace Hub.Seeding;

/// <summary>Plans the pupils and their families in memory: names, numbers, custody, enrolment history.</summary>
internal static class PupilPlanner
{
    private enum Custody
    {
        Joint,
        Single,

        /// <summary>The parents separated and one parent's custody ended.</summary>
        Ended,

        /// <summary>Both parents' custody ended and a court appointed a guardian (särskilt förordnad vårdnadshavare).</summary>
        Appointed,
    }

    public static List<PupilPlan> Plan(CityMap city, SeedProfile profile, DateOnly today)
    {
        var random = new Random(3003);
        var people = new People(random);
        var pupils = new List<PupilPlan>(profile.Pupils);
        foreach (var script in ScriptedPupils.All)
        {
            // Born in the spring, so that a scripted pupil in grade 9 is fifteen and signs consents too.
            var school = city[script.School];
            var birth = BirthDate(random, today, script.Grade, springOnly: true);
            var guardians = Guardians(Custody.Joint, birth, Names.Family(random));
            if (script.DemoGuardian)
            {
                // The demo guardian persona signs in as this pupil's mother (the README's worked example).
                (guardians[0].Guardian.PersonalIdentityNumber, guardians[0].Guardian.GivenName) = (Personas.GuardianNumber, "Ingrid");
            }

            pupils.Add(NewPupil(script.Grade, birth, school, city.DistrictOf(school), guardians, script.Protected, script));
        }

        // Municipal schools are bigger than the independent ones.
        var schools = city.Schools.SelectMany(s => Enumerable.Repeat(s, CityMap.IsMunicipal(s) ? 2 : 1)).ToArray();
        while (pupils.Count < profile.Pupils)
        {
            var school = Names.Pick(random, schools);
            var local = random.NextDouble() < (CityMap.IsMunicipal(school) ? 0.9 : 0.5);
            var district = local ? city.DistrictOf(school) : Names.Pick(random, city.Districts);
            var custody = random.NextDouble() switch { < 0.76 => Custody.Joint, < 0.9 => Custody.Single, < 0.98 => Custody.Ended, _ => Custody.Appointed };
            var children = custody <= Custody.Single && random.NextDouble() < 0.12 && pupils.Count + 1 < profile.Pupils ? 2 : 1;
            var grade = random.Next(10);
            var birth = BirthDate(random, today, grade, springOnly: false);
            var guardians = Guardians(custody, birth, Names.Family(random));
            for (var child = 0; child < children; child++)
            {
                if (child > 0)
                {
                    grade = grade >= 5 ? grade - random.Next(1, 4) : grade + random.Next(1, 4);
                    birth = BirthDate(random, today, grade, springOnly: false);
                }

                var pupil = NewPupil(grade, birth, school, district, guardians, random.NextDouble() < 0.01, script: null);
                MaybeMoved(pupil, random.NextDouble() < 0.1 ? Names.Pick(random, city.DistrictOf(school).Schools) : null);
                pupils.Add(pupil);
            }
        }

        return pupils;

        PupilPlan NewPupil(int grade, DateOnly birth, Unit school, DistrictUnits district, List<GuardianPlan> guardians, bool protectedIdentity, ScriptedPupil? script)
        {
            var female = random.Next(2) == 0;
            var pupil = new PupilPlan
            {
                IdentityNumber = people.IdentityNumber(birth, female),
                GivenName = Names.Given(random, female, child: true),
                FamilyName = guardians[0].Guardian.FamilyName,
                BirthDate = birth,
                Grade = grade,
                ProtectedIdentity = protectedIdentity,
                HomeSchool = school,
                District = district,
                Guardians = guardians,
                Script = script,
            };
            pupil.Stays.Add(new Stay(school, SchoolCalendar.SchoolStart(today, grade), null));
            return pupil;
        }

        // An earlier school, left at the start of a term: the enrolment history a new school inherits.
        void MaybeMoved(PupilPlan pupil, Unit? earlier)
        {
            var start = pupil.Stays[0].StartsOn;
            var terms = SchoolCalendar.TermStarts(today).TakeWhile(t => t > start.AddDays(120)).ToArray();
            if (earlier is null || earlier == pupil.HomeSchool || terms.Length == 0)
            {
                return;
            }

            var moved = Names.Pick(random, terms);
            pupil.Stays.Clear();
            pupil.Stays.Add(new Stay(earlier, start, moved));
            pupil.Stays.Add(new Stay(pupil.HomeSchool, moved, null));
        }

        List<GuardianPlan> Guardians(Custody custody, DateOnly childBirth, string familyName)
        {
            var motherFirst = custody != Custody.Single || random.NextDouble() < 0.8;
            var first = NewGuardian(childBirth, female: motherFirst, familyName);
            if (custody == Custody.Single)
            {
                return [new(first, null, null)];
            }

            var second = NewGuardian(childBirth, female: random.NextDouble() < 0.1 ? motherFirst : !motherFirst, random.NextDouble() < 0.7 ? familyName : Names.Family(random));
            var ended = SchoolCalendar.RandomDate(random, childBirth.AddYears(1), today.AddDays(-30));
            return custody switch
            {
                Custody.Joint => [new(first, null, null), new(second, null, null)],
                Custody.Ended => [new(first, null, null), new(second, null, ended)],
                _ => [new(first, null, ended), new(second, null, ended), new(NewGuardian(childBirth, random.Next(2) == 0, Names.Family(random)), ended, null)],
            };
        }

        Guardian NewGuardian(DateOnly childBirth, bool female, string familyName)
        {
            var birth = childBirth.AddDays(-random.Next(22 * 365, 46 * 365));
            return new Guardian
            {
                PersonalIdentityNumber = people.IdentityNumber(birth, female),
                GivenName = Names.Given(random, female, child: false),
                FamilyName = familyName,
                Phone = random.NextDouble() < 0.85 ? People.Mobile(random.Next(95)) : null,
            };
        }
    }

    private static DateOnly BirthDate(Random random, DateOnly today, int grade, bool springOnly)
    {
        var year = new DateOnly(SchoolCalendar.BirthYear(today, grade), 1, 1);
        return year.AddDays(random.Next(springOnly ? 181 : 365));
    }
}
