"""Requesting agencies as letters write them: key → names, offices, e-mail domain, staff titles."""

from __future__ import annotations

from dataclasses import dataclass

from requestdesk.samples.model import Agency, Ctx


@dataclass(frozen=True)
class AgencySpec:
    key: str
    dev_names: tuple[str, ...]
    holdout_names: tuple[str, ...]
    offices: tuple[tuple[str, ...], ...]
    domain: str
    titles: tuple[str, ...]


SPECS: dict[str, AgencySpec] = {s.key: s for s in [
    AgencySpec("dhs-ice-ero",
               ("U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations",
                "ICE/ERO", "Enforcement and Removal Operations – Denver Field Office",
                "ERO Denver", "U.S. Department of Homeland Security, ICE Enforcement and "
                "Removal Operations"),
               ("DHS | ICE | ERO Salt Lake City", "ICE Enforcement & Removal (ERO)",
                "Immigration and Customs Enforcement – ERO Phoenix Area of Responsibility"),
               (("12445 East Caley Avenue", "Centennial, CO 80111"),
                ("2975 Decker Lake Drive", "West Valley City, UT 84119"),
                ("2035 N. Central Avenue", "Phoenix, AZ 85004")),
               "ice.dhs.gov",
               ("Deportation Officer", "Supervisory Detention and Deportation Officer",
                "Assistant Field Office Director", "Immigration Enforcement Agent")),
    AgencySpec("dhs-ice-hsi",
               ("Homeland Security Investigations", "HSI Denver", "DHS/ICE/HSI",
                "Office of the Special Agent in Charge, HSI Denver"),
               ("ICE-HSI Special Agent in Charge, Phoenix", "U.S. Homeland Security "
                "Investigations (HSI), Grand Junction Resident Office"),
               (("8101 East Belleview Avenue", "Greenwood Village, CO 80237"),
                ("400 Rood Avenue, Suite 210", "Grand Junction, CO 81501")),
               "hsi.dhs.gov",
               ("Special Agent", "Group Supervisor", "Criminal Analyst", "Task Force Officer")),
    AgencySpec("dhs-ice",
               ("U.S. Immigration & Customs Enforcement", "Immigration and Customs "
                "Enforcement, Office of the Principal Legal Advisor"),
               ("ICE – Office of the Principal Legal Advisor, Denver", "Department of Homeland "
                "Security – Immigration & Customs Enforcement"),
               (("1961 Stout Street, Suite 4100", "Denver, CO 80294"),),
               "ice.dhs.gov",
               ("Assistant Chief Counsel", "Intelligence Research Specialist",
                "Mission Support Specialist")),
    AgencySpec("dhs-cbp",
               ("U.S. Customs and Border Protection", "CBP Office of Field Operations",
                "U.S. Border Patrol, Denver Station"),
               ("Customs & Border Protection – Port of Denver", "DHS/CBP Office of Field "
                "Operations, Denver International Airport"),
               (("8765 Peña Boulevard", "Denver, CO 80249"),
                ("5050 Oakland Street", "Denver, CO 80239")),
               "cbp.dhs.gov",
               ("CBP Officer", "Supervisory CBP Officer", "Border Patrol Agent",
                "Import Specialist")),
    AgencySpec("dhs-uscis",
               ("U.S. Citizenship and Immigration Services", "USCIS Fraud Detection and "
                "National Security Directorate"),
               ("Citizenship & Immigration Services (USCIS), Denver Field Office",),
               (("12484 East Weaver Place", "Centennial, CO 80111"),),
               "uscis.dhs.gov",
               ("Immigration Officer", "Immigration Services Officer", "FDNS Immigration "
                "Officer")),
    AgencySpec("dhs-oig",
               ("Department of Homeland Security, Office of Inspector General",
                "DHS OIG Office of Investigations"),
               ("Office of Inspector General, U.S. Department of Homeland Security",),
               (("1 Denver Federal Center, Building 53", "Lakewood, CO 80225"),),
               "oig.dhs.gov", ("Special Agent", "Senior Special Agent")),
    AgencySpec("doj-fbi",
               ("Federal Bureau of Investigation, Denver Field Office", "FBI Denver",
                "FBI – Denver Division"),
               ("FBI Salt Lake City", "Federal Bureau of Investigation (Albuquerque Division)"),
               (("8000 East 36th Avenue", "Denver, CO 80238"),
                ("5425 W. Amelia Earhart Drive", "Salt Lake City, UT 84116")),
               "fbi.gov", ("Special Agent", "Supervisory Special Agent", "Task Force Officer")),
    AgencySpec("doj-dea",
               ("Drug Enforcement Administration, Rocky Mountain Field Division", "DEA Denver"),
               ("U.S. DEA – Colorado Springs Resident Office",),
               (("12154 East Easter Avenue", "Centennial, CO 80112"),),
               "dea.gov", ("Special Agent", "Diversion Investigator", "Task Force Officer")),
    AgencySpec("doj-atf",
               ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF Denver Field "
                "Division"),
               ("ATF – Denver Field Division, Group II",),
               (("950 17th Street, Suite 1800", "Denver, CO 80202"),),
               "atf.gov", ("Special Agent", "Industry Operations Investigator")),
    AgencySpec("doj-usms",
               ("United States Marshals Service, District of Colorado", "USMS"),
               ("U.S. Marshals – Colorado Violent Offender Task Force",),
               (("901 19th Street, 3rd Floor", "Denver, CO 80294"),),
               "usdoj.gov", ("Deputy U.S. Marshal", "Inspector", "Task Force Officer")),
    AgencySpec("doj-usao",
               ("United States Attorney's Office, District of Colorado",
                "U.S. Attorney's Office for the District of Colorado"),
               ("Office of the United States Attorney, District of Colorado",),
               (("1801 California Street, Suite 1600", "Denver, CO 80202"),),
               "usdoj.gov", ("Assistant United States Attorney", "Special Assistant United "
                             "States Attorney")),
    AgencySpec("ssa-oig",
               ("Social Security Administration, Office of the Inspector General",
                "SSA OIG Office of Investigations"),
               ("SSA – Office of the Inspector General, Denver Field Division",),
               (("1961 Stout Street, Room 10-1020", "Denver, CO 80294"),),
               "ssa.gov", ("Special Agent", "Special Agent in Charge")),
    AgencySpec("dol-oig",
               ("U.S. Department of Labor, Office of Inspector General",
                "DOL-OIG Office of Investigations – Labor Racketeering and Fraud"),
               ("Office of Inspector General, U.S. Dept. of Labor (Denver)",),
               (("1244 Speer Boulevard, Suite 415", "Denver, CO 80204"),),
               "oig.dol.gov", ("Special Agent", "Resident Agent in Charge")),
    AgencySpec("irs-ci",
               ("Internal Revenue Service, Criminal Investigation", "IRS-CI"),
               ("IRS Criminal Investigation, Denver Field Office",),
               (("1999 Broadway, Stop 6500", "Denver, CO 80202"),),
               "ci.irs.gov", ("Special Agent", "Supervisory Special Agent")),
    AgencySpec("usps-uspis",
               ("U.S. Postal Inspection Service, Denver Division", "USPIS"),
               ("United States Postal Inspection Service – Rocky Mountain Team",),
               (("1745 Stout Street, Suite 900", "Denver, CO 80299"),),
               "uspis.gov", ("Postal Inspector", "Team Leader")),
    AgencySpec("state-police",
               ("Colorado Bureau of Investigation", "Colorado State Patrol", "CBI Major Crimes "
                "Unit"),
               ("Wyoming Division of Criminal Investigation", "New Mexico State Police",
                "Colorado State Patrol – Investigative Services"),
               (("690 Kipling Street, Suite 4000", "Lakewood, CO 80215"),
                ("15055 South Golden Road", "Golden, CO 80401")),
               "state.co.us", ("Agent", "Trooper", "Sergeant", "Investigator")),
    AgencySpec("local-police",
               ("Denver Police Department", "Aurora Police Department", "Lakewood PD",
                "City of Greeley Police"),
               ("Pueblo Police Dept.", "Fort Collins Police Services",
                "Westminster Police Department – Investigations"),
               (("1331 Cherokee Street", "Denver, CO 80204"),
                ("15001 East Alameda Parkway", "Aurora, CO 80012")),
               "cityofdenver.gov", ("Detective", "Officer", "Sergeant", "Detective Sergeant")),
    AgencySpec("sheriff",
               ("Adams County Sheriff's Office", "El Paso County Sheriff's Office",
                "Weld County Sheriff"),
               ("Larimer County Sheriff's Office", "Mesa County Sheriff", "Arapahoe County "
                "Sheriff's Office – Investigations Division"),
               (("4201 East 72nd Avenue", "Commerce City, CO 80022"),
                ("27 East Vermijo Avenue", "Colorado Springs, CO 80903")),
               "sheriff.co.us", ("Deputy", "Investigator", "Sergeant", "Detective")),
    AgencySpec("district-attorney",
               ("Office of the District Attorney, 2nd Judicial District", "18th Judicial "
                "District Attorney's Office"),
               ("District Attorney, 4th Judicial District", "Office of the District Attorney "
                "for the 21st Judicial District"),
               (("201 West Colfax Avenue, Dept. 801", "Denver, CO 80202"),
                ("6450 South Revere Parkway", "Centennial, CO 80111")),
               "da.co.us", ("Deputy District Attorney", "DA Investigator",
                            "Chief Deputy District Attorney")),
    AgencySpec("other",
               ("U.S. Department of State, Diplomatic Security Service",
                "HUD Office of Inspector General"),
               ("U.S. Secret Service, Denver Field Office", "U.S. Fish and Wildlife Service, "
                "Office of Law Enforcement"),
               (("999 18th Street", "Denver, CO 80202"),),
               "state.gov", ("Special Agent", "Investigator")),
]}


def make_agency(ctx: Ctx, key: str) -> Agency:
    spec = SPECS[key]
    names = spec.holdout_names if ctx.family == "holdout" else spec.dev_names
    return Agency(key=key, name=ctx.choice(names), office=list(ctx.choice(spec.offices)),
                  domain=spec.domain)


def titles(key: str) -> list[str]:
    return list(SPECS[key].titles)
