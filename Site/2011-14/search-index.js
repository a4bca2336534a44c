window.CSA_SEARCH_INDEX = [
  {
    "chapter" : "Introduction",
    "section" : "About this agreement",
    "text" : "The Kent Community Safety Agreement sets out the community safety issues that partners across the county have agreed to tackle together between April 2011 and March 2014. It was approved by the Kent Community Safety Partnership (KCSP) on 20 May 2011. Crime and disorder do not stop at the edge of a district or borough. Many of the problems that local partnerships deal with, such as domestic abuse or drug and alcohol misuse, are shared by every part of Kent, and the agencies that respond to them work across the whole county. Planning at county level lets partners: avoid doing the same work twice in twelve different places;\npool expertise and, where possible, budgets;\ngive local partnerships a clear view of what the county-wide agencies will do; and\nagree a small number of shared outcomes that everyone can work towards.",
    "url" : "chapters/introduction.html#about-this-agreement"
  },
  {
    "chapter" : "Introduction",
    "section" : "How the priorities were chosen",
    "text" : "The agreement brings together the strategic assessments completed by the district and borough Community Safety Partnerships (CSPs) over the winter of 2010-11. Each assessment drew on data exchanged between partners, consultation with residents, surveys and national policy. Several issues appeared again and again across the county, and these became the starting point for the county priorities. Partners then met at two workshops. The first gave every agency a say in choosing the priorities. The second looked at how existing strategies and partnership plans could be pointed more firmly at those priorities, rather than creating new structures. With every organisation facing tighter budgets, sharing actions and working jointly is the main purpose of this agreement.",
    "url" : "chapters/introduction.html#how-the-priorities-were-chosen"
  },
  {
    "chapter" : "Introduction",
    "section" : "What the agreement contains",
    "text" : "After this introduction, the agreement has five further chapters: Statutory context: the law that requires a county agreement in two-tier areas\nPriorities: the six county-wide priorities and why they were chosen\nCross-cutting themes: five themes that link the priorities to partners' own plans\nGovernance and delivery: who owns the agreement and how progress is reported\nThe community safety landscape: the partners and wider changes that affect the work The action plan and the proxy measures that go with each priority are published alongside these chapters.",
    "url" : "chapters/introduction.html#what-the-agreement-contains"
  },
  {
    "chapter" : "Introduction",
    "section" : "A three-year agreement, reviewed every year",
    "text" : "The agreement covers three years, but partners decided to test the priorities every year against the newest strategic assessments. At the first yearly review, in July 2012, the local assessments still pointed to the same six issues. Domestic abuse and anti-social behaviour came up most often, so the KCSP kept the priorities and themes as they were.",
    "url" : "chapters/introduction.html#a-three-year-agreement-reviewed-every-year"
  },
  {
    "chapter" : "Statutory context",
    "section" : "The duty to work in partnership",
    "text" : "The Crime and Disorder Act 1998 made councils, the police and other named agencies share responsibility for cutting crime and disorder locally. These \"responsible authorities\" formed Crime and Disorder Reduction Partnerships, now known as Community Safety Partnerships (CSPs).",
    "url" : "chapters/statutory-context.html#the-duty-to-work-in-partnership"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Section 17",
    "text" : "Section 17 of the Act goes further. It requires each authority to think about the effect on crime and disorder of everything it does, and to do all it reasonably can to prevent it. Many council services, from youth work and highways to trading standards and licensing, therefore have a part to play in community safety.",
    "url" : "chapters/statutory-context.html#section-17"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Changes made in 2006 and 2007",
    "text" : "Under the original arrangements each partnership carried out a crime audit every three years and published a three-year strategy. A national review of the 1998 Act led to changes in the Police and Justice Act 2006 and the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007: the three-yearly audit was replaced by an annual strategic assessment;\npartnerships now keep a rolling partnership plan, refreshed each year; and\nin two-tier areas, where a county council sits above district and borough councils, a county community safety agreement became a legal requirement.",
    "url" : "chapters/statutory-context.html#changes-made-in-2006-and-2007"
  },
  {
    "chapter" : "Statutory context",
    "section" : "What the county agreement must do",
    "text" : "In a two-tier area the county-level group draws on the district strategic assessments to agree how the responsible authorities will work together on shared priorities. Kent is a two-tier area with twelve district and borough councils, so Kent County Council and its partners must prepare and keep under review an agreement of this kind.",
    "url" : "chapters/statutory-context.html#what-the-county-agreement-must-do"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Other duties that affect this agreement",
    "text" : "Domestic Homicide Reviews became a statutory duty on CSPs on 13 April 2011, under section 9 of the Domestic Violence, Crime and Victims Act 2004.\nThe Police Reform and Social Responsibility Bill, before Parliament when this agreement was approved, will replace police authorities with directly elected Police and Crime Commissioners. The first elections are expected in 2012, and partners will need to work closely with the new Commissioner.",
    "url" : "chapters/statutory-context.html#other-duties-that-affect-this-agreement"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Scrutiny",
    "text" : "Councils must also have a committee able to review the work of the responsible authorities on crime and disorder. In April 2010 Kent County Council's Crime and Disorder Scrutiny Committee decided to use this agreement as its main reference document, so the priorities here also shape the issues that councillors examine.",
    "url" : "chapters/statutory-context.html#scrutiny"
  },
  {
    "chapter" : "Priorities",
    "section" : "The six priorities",
    "text" : "The strategic assessments from the district and borough partnerships, backed by county-level analysis, pointed to six issues that matter in every part of Kent: Anti-social behaviour, including environmental problems\nDomestic abuse\nSubstance misuse\nAcquisitive crime, such as theft and shoplifting\nViolent crime\nRoad safety Each has enforcement work attached to it, but each also touches the everyday business of several partners. That is why partners treat them as shared rather than belonging to one agency.",
    "url" : "chapters/priorities.html#the-six-priorities"
  },
  {
    "chapter" : "Priorities",
    "section" : "Anti-social behaviour including environmental",
    "text" : "This was the concern raised most often by residents and by the local assessments. It covers behaviour that causes harassment or distress and damage to the local environment, such as fly-tipping and graffiti.",
    "url" : "chapters/priorities.html#anti-social-behaviour-including-environmental"
  },
  {
    "chapter" : "Priorities",
    "section" : "Domestic abuse",
    "text" : "Almost every partnership identified domestic abuse. It is under-reported, often repeated, and harms children as well as adult victims.",
    "url" : "chapters/priorities.html#domestic-abuse"
  },
  {
    "chapter" : "Priorities",
    "section" : "Substance misuse",
    "text" : "Drug and alcohol misuse drives much violence, theft and disorder. Joining up treatment with enforcement and licensing makes the most difference.",
    "url" : "chapters/priorities.html#substance-misuse"
  },
  {
    "chapter" : "Priorities",
    "section" : "Acquisitive crime",
    "text" : "Burglary, vehicle crime, theft and shoplifting affect large numbers of residents and businesses. A small group of prolific offenders is responsible for a large share.",
    "url" : "chapters/priorities.html#acquisitive-crime"
  },
  {
    "chapter" : "Priorities",
    "section" : "Violent crime",
    "text" : "Violence is concentrated in particular places and times, often linked to alcohol and the night-time economy.",
    "url" : "chapters/priorities.html#violent-crime"
  },
  {
    "chapter" : "Priorities",
    "section" : "Road safety",
    "text" : "Reducing the number of people killed or seriously injured on Kent's roads remains a shared aim of the county council, the police and the fire and rescue service.",
    "url" : "chapters/priorities.html#road-safety"
  },
  {
    "chapter" : "Priorities",
    "section" : "How the priorities will be delivered",
    "text" : "For most of the six issues, partners were already working to plans written for other partnerships. Instead of writing those plans again, the county will draw the relevant actions into one short county action plan that shows clearly what is being done under each priority. A lead officer is named for every priority and reports on progress. Kent Police and the county council will map where the priorities overlap most. The map will help partners decide where limited resources go, and will be shared with neighbourhood budgeting pilots and similar local projects.",
    "url" : "chapters/priorities.html#how-the-priorities-will-be-delivered"
  },
  {
    "chapter" : "Priorities",
    "section" : "Measuring progress",
    "text" : "Each priority has a proxy measure, judged against the equivalent months a year earlier. Partners cannot control these figures directly, but the actions in the plan are meant to help move them in the right direction. At the July 2012 review most measures had improved, with domestic abuse, substance misuse and acquisitive crime the exceptions.",
    "url" : "chapters/priorities.html#measuring-progress"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Why the agreement has themes",
    "text" : "At the second partner workshop, agencies compared the six priorities with their own strategies and plans. They found the same strands of work appearing under several priorities. These strands became the cross-cutting themes. They give partners a way to link the agreement to their business planning and to see where objectives can be shared. The five themes, with examples of the work each covers, are: Early intervention, prevention and education: school programmes, early help for families, advice to people at risk\nPriority neighbourhoods / geographic focus: ward-level analysis and joint action in focus areas\nVulnerable households and individuals: identifying repeat and vulnerable victims and sharing information\nSafeguarding children and young people: protecting children affected by crime, abuse and exploitation\nReducing re-offending: joint management of prolific offenders and routes into treatment",
    "url" : "chapters/cross-cutting-themes.html#why-the-agreement-has-themes"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Early intervention, prevention and education",
    "text" : "Preventing harm costs less than responding to it. This theme covers the education, awareness and early help that stop problems from escalating. Road safety teaching for young people and awareness raising about alcohol harm are examples.",
    "url" : "chapters/cross-cutting-themes.html#early-intervention-prevention-and-education"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Priority neighbourhoods / geographic focus",
    "text" : "Some wards experience several of the priority problems at once. Ward-level data, analysed by Kent Police during the 2011-12 assessment process, has been used to identify possible focus areas. These are now being profiled using mosaic consumer data, so that partners better understand the people who live there and how to engage with them. The profiles will be shared on the Safer Communities portal in Kent Connects.",
    "url" : "chapters/cross-cutting-themes.html#priority-neighbourhoods-geographic-focus"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Vulnerable households and individuals",
    "text" : "Victims who are targeted again and again, or who are less able to cope, need a joined-up response. Partners commit to identifying them early and sharing information safely.",
    "url" : "chapters/cross-cutting-themes.html#vulnerable-households-and-individuals"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Safeguarding children and young people",
    "text" : "Children can be harmed directly or affected by domestic abuse and substance misuse at home. Community safety work should link with children's safeguarding arrangements at every stage.",
    "url" : "chapters/cross-cutting-themes.html#safeguarding-children-and-young-people"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Reducing re-offending",
    "text" : "Stopping people who already offend from doing so again has a large effect on crime levels. Integrated offender management and treatment for drug and alcohol problems are central to this theme.",
    "url" : "chapters/cross-cutting-themes.html#reducing-re-offending"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Working with the themes",
    "text" : "Lead officers for each priority are asked to show how their actions support one or more themes. This helps partners outside the traditional community safety field, such as health, education and housing, to see their part in the agreement.",
    "url" : "chapters/cross-cutting-themes.html#working-with-the-themes"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The Kent Community Safety Partnership",
    "text" : "The Kent Community Safety Partnership (KCSP) owns this agreement and is responsible for delivering its priorities. Its members include: senior officers from each of the statutory partners;\nthe chairs of the district and borough Community Safety Partnerships; and\nthe Kent County Council cabinet member with responsibility for community safety. The KCSP approved the agreement on 20 May 2011 and decides any changes to it, including the outcome of each annual review.",
    "url" : "chapters/governance-and-delivery.html#the-kent-community-safety-partnership"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Supporting the partnership",
    "text" : "",
    "url" : "chapters/governance-and-delivery.html#supporting-the-partnership"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Kent County Council Community Safety Unit",
    "text" : "Kent County Council, which sits above the district and borough councils, coordinates the agreement. Its Community Safety Unit drafts and updates the document, collects data from statutory partners for the local strategic assessments and prepares progress reports.",
    "url" : "chapters/governance-and-delivery.html#kent-county-council-community-safety-unit"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Lead officers",
    "text" : "A lead officer is named for each priority. Lead officers: keep the actions for their priority up to date;\nreport progress and any risks to KCSP meetings; and\nwork with the lead for each cross-cutting theme to avoid gaps and overlap.",
    "url" : "chapters/governance-and-delivery.html#lead-officers"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The action plan",
    "text" : "The action plan gives every action a lead agency, a target date and a status: Not started: work has not yet begun\nRed: unlikely to be completed\nAmber: in progress\nGreen: on track\nComplete: finished At the July 2012 review every action was in progress (amber) and none was rated red.",
    "url" : "chapters/governance-and-delivery.html#the-action-plan"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Reporting and scrutiny",
    "text" : "Progress is reported to the KCSP and to Kent County Council's Crime and Disorder Scrutiny Committee, which uses the agreement as its main reference point for examining community safety. The committee received a report on the 2011-14 agreement in July 2011.",
    "url" : "chapters/governance-and-delivery.html#reporting-and-scrutiny"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The annual cycle",
    "text" : "Each year follows the same pattern: Autumn and winter: the Community Safety Unit collects data and issues data packs; the CSPs complete their strategic assessments.\nSpring: the county team compares the local findings with the agreement's priorities and themes.\nSummer: the KCSP considers the annual review, the performance of the proxy measures and any proposed changes to the action plan.",
    "url" : "chapters/governance-and-delivery.html#the-annual-cycle"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Resources",
    "text" : "The agreement does not come with its own budget. Actions are delivered from partners' existing resources, which is why the emphasis is on combining effort and removing duplication.",
    "url" : "chapters/governance-and-delivery.html#resources"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Kent at a glance",
    "text" : "Kent is one of the largest and most populous counties in England. It has a mix of coastal towns, rural villages, commuter areas close to London and major transport routes to the Channel ports and the Channel Tunnel. Medway is a separate unitary authority with its own arrangements, although many agencies, such as Kent Police and Kent Fire and Rescue Service, cover both areas.",
    "url" : "chapters/community-safety-landscape.html#kent-at-a-glance"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Who does what",
    "text" : "",
    "url" : "chapters/community-safety-landscape.html#who-does-what"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Responsible authorities",
    "text" : "The statutory partners in each local partnership are: the district or borough council and Kent County Council;\nKent Police and, until elected Commissioners take over, the Kent Police Authority;\nKent Fire and Rescue Service;\nKent Probation Trust; and\nthe local NHS primary care trust.",
    "url" : "chapters/community-safety-landscape.html#responsible-authorities"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Other partners",
    "text" : "Housing providers, schools, the voluntary and community sector, Trading Standards, the Kent Community Warden Service and drug and alcohol services all contribute. Much of the most effective work happens when these organisations share information and plan together.",
    "url" : "chapters/community-safety-landscape.html#other-partners"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Local partnerships",
    "text" : "The district and borough CSPs deliver most of the work on the ground. Their strategic assessments are the foundation of this agreement, and their chairs sit on the KCSP.",
    "url" : "chapters/community-safety-landscape.html#local-partnerships"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Changes affecting the work",
    "text" : "Community safety in 2011 is being reshaped by several national changes: Public spending reductions. Every partner is making savings, which makes shared actions and pooled effort more important.\nPolice and Crime Commissioners. Legislation is in progress to replace police authorities with elected Commissioners, who will set a police and crime plan and hold grant funding that currently goes to local partnerships.\nPublic health reform. Responsibility for public health, including drug and alcohol treatment, is planned to move from the NHS to upper-tier councils.\nDomestic Homicide Reviews. The new duty adds to the work of CSPs and calls for county-wide coordination.",
    "url" : "chapters/community-safety-landscape.html#changes-affecting-the-work"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Information and data",
    "text" : "Good decisions depend on good information. Partners share data through the Safer Communities portal on Kent Connects, and Kent County Council produces data packs for the local strategic assessments. The geographic analysis and ward profiles described in the action plan will add to this shared evidence base.",
    "url" : "chapters/community-safety-landscape.html#information-and-data"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Looking ahead",
    "text" : "Kent County Council is also preparing a framework describing how its own services, from youth work to trading standards, contribute to community safety. Together with this agreement it will help partners, councillors and the incoming Commissioner understand who does what across the county.",
    "url" : "chapters/community-safety-landscape.html#looking-ahead"
  }
];
