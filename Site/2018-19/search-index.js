window.CSA_SEARCH_INDEX = [
  {
    "chapter" : "Introduction",
    "section" : "About this draft",
    "text" : "This is the draft Kent Community Safety Agreement for April 2018 to March 2019. It sets out the community safety issues that partners across Kent propose to tackle jointly, and the broader themes that link them. It replaces the agreement that began in 2011. The draft priorities were put to Kent County Council's Environment and Transport Cabinet Committee on 20 March 2018, which was asked to endorse the agreement and note the priorities. They are due to be discussed by the Kent Community Safety Partnership (KCSP) on 21 March 2018. Until the KCSP has agreed them, this edition remains a draft.",
    "url" : "chapters/introduction.html#about-this-draft"
  },
  {
    "chapter" : "Introduction",
    "section" : "A document that is refreshed every year",
    "text" : "The agreement is now a rolling document. Instead of a new plan every three years, partners check it each year and update the chapters that need to change. The KCSP owns the agreement, oversees progress and signs off changes annually.",
    "url" : "chapters/introduction.html#a-document-that-is-refreshed-every-year"
  },
  {
    "chapter" : "Introduction",
    "section" : "How the priorities were set",
    "text" : "The draft is based on: the findings of the district and borough strategic assessments;\nreviews of county-wide data;\nnew legal duties and national guidance;\nhorizon scanning for issues that are likely to grow; and\nthe plans of partner agencies and other partnerships.",
    "url" : "chapters/introduction.html#how-the-priorities-were-set"
  },
  {
    "chapter" : "Introduction",
    "section" : "What has changed since 2011-14",
    "text" : "The 2011-14 priorities compare with the draft priorities as follows: Continued: anti-social behaviour (environmental problems are no longer named separately), domestic abuse, substance misuse and road safety.\nNew: Safeguarding Vulnerable People, which takes in the 2011-14 themes on vulnerable households and on safeguarding children; and Serious and Organised Crime.\nEnded as county priorities: acquisitive crime and violent crime. Dropping acquisitive and violent crime from the county list does not mean they no longer matter. Local partnerships continue to address them where their assessments show a need, and aspects of both are picked up under serious and organised crime and safeguarding. The five cross-cutting themes of 2011-14 have been reduced to three, and support for victims has been added to the theme on re-offending.",
    "url" : "chapters/introduction.html#what-has-changed-since-2011-14"
  },
  {
    "chapter" : "Introduction",
    "section" : "The team behind the agreement",
    "text" : "Since 2015 the agreement has been coordinated by the Kent Community Safety Team (KCST), a joint team of staff from Kent County Council, Kent Police and Kent Fire and Rescue Service. The governance chapter describes how the team is being developed further during 2018-19.",
    "url" : "chapters/introduction.html#the-team-behind-the-agreement"
  },
  {
    "chapter" : "Statutory context",
    "section" : "The core duties",
    "text" : "The Crime and Disorder Act 1998 places a shared duty on councils, the police and other responsible authorities to reduce crime and disorder, and to tackle substance misuse, re-offending and anti-social behaviour. Under section 17 each authority must also consider the crime and disorder implications of all its functions.",
    "url" : "chapters/statutory-context.html#the-core-duties"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Two-tier areas",
    "text" : "The Police and Justice Act 2006 and the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 replaced three-yearly audits with annual strategic assessments and rolling plans. In two-tier areas such as Kent they also require a county community safety agreement, which is the purpose of this document. Kent County Council, as the county-level council, takes the lead on the agreement and on joint work that crosses district lines.",
    "url" : "chapters/statutory-context.html#two-tier-areas"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Strategic assessments",
    "text" : "Each district and borough partnership must produce a strategic assessment every year. Those assessments remain the main source of evidence for the county priorities.",
    "url" : "chapters/statutory-context.html#strategic-assessments"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Duties added since the last agreement",
    "text" : "National government has given Community Safety Partnerships more responsibilities since 2011: Domestic Homicide Reviews (Domestic Violence, Crime and Victims Act 2004, section 9, in force since April 2011): CSPs must review deaths that may have resulted from domestic abuse and learn from them.\nPolice and Crime Commissioners (Police Reform and Social Responsibility Act 2011): the Kent Commissioner, first elected in November 2012, must have regard to partnership priorities, and partnerships must have regard to the police and crime plan.\nAnti-social behaviour powers (Anti-social Behaviour, Crime and Policing Act 2014): new civil injunctions, community protection notices, public spaces protection orders and the Community Trigger.\nPrevent (Counter-Terrorism and Security Act 2015): councils and other specified bodies must have due regard to preventing people from being drawn into terrorism.\nModern slavery (Modern Slavery Act 2015): duties to identify and report possible victims.\nSerious and organised crime: national strategy expects local partnerships to help protect communities and disrupt organised criminality alongside law enforcement.",
    "url" : "chapters/statutory-context.html#duties-added-since-the-last-agreement"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Public health and probation",
    "text" : "Since April 2013, Kent County Council has been responsible for public health, including drug and alcohol treatment. Since 2014, probation has been delivered by the National Probation Service and the Kent, Surrey and Sussex Community Rehabilitation Company, both of which contribute to community safety partnerships.",
    "url" : "chapters/statutory-context.html#public-health-and-probation"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Why this matters for the agreement",
    "text" : "Together these duties explain why serious and organised crime and safeguarding now sit among the county priorities, and why the partnership relies on a shared county team to carry out statutory work once, on behalf of everyone.",
    "url" : "chapters/statutory-context.html#why-this-matters-for-the-agreement"
  },
  {
    "chapter" : "Priorities",
    "section" : "The draft priorities",
    "text" : "Partners propose six county priorities for 2018-19: Anti-Social Behaviour\nDomestic Abuse\nSubstance Misuse\nSafeguarding Vulnerable People\nSerious and Organised Crime\nRoad Safety Four continue from the 2011-14 agreement. Two are new, reflecting what local assessments and national policy now ask of partners.",
    "url" : "chapters/priorities.html#the-draft-priorities"
  },
  {
    "chapter" : "Priorities",
    "section" : "Continuing priorities",
    "text" : "",
    "url" : "chapters/priorities.html#continuing-priorities"
  },
  {
    "chapter" : "Priorities",
    "section" : "Anti-Social Behaviour",
    "text" : "Anti-social behaviour is still among the most common issues identified by local partnerships. The focus has moved towards using the 2014 powers consistently and putting the victim at the centre of the response.",
    "url" : "chapters/priorities.html#anti-social-behaviour"
  },
  {
    "chapter" : "Priorities",
    "section" : "Domestic Abuse",
    "text" : "Domestic abuse remains a priority in nearly every district and borough. Managing Domestic Homicide Reviews for the whole of Kent and Medway gives the county team a clear view of recurring lessons, which feed back into training and services.",
    "url" : "chapters/priorities.html#domestic-abuse"
  },
  {
    "chapter" : "Priorities",
    "section" : "Substance Misuse",
    "text" : "With drug and alcohol treatment now commissioned by the county council's public health team, this priority links treatment with enforcement and with work to protect people exploited by drug supply networks.",
    "url" : "chapters/priorities.html#substance-misuse"
  },
  {
    "chapter" : "Priorities",
    "section" : "Road Safety",
    "text" : "Casualty reduction continues to involve the county council, the police and the fire and rescue service working together on education, enforcement and engineering.",
    "url" : "chapters/priorities.html#road-safety"
  },
  {
    "chapter" : "Priorities",
    "section" : "New priorities",
    "text" : "",
    "url" : "chapters/priorities.html#new-priorities"
  },
  {
    "chapter" : "Priorities",
    "section" : "Safeguarding Vulnerable People",
    "text" : "This priority combines two former themes: vulnerable households and individuals, and safeguarding children and young people. Exploitation, scams, online harm and hidden abuse can affect people at any stage of life, so a single priority reflects the way partners now work.",
    "url" : "chapters/priorities.html#safeguarding-vulnerable-people"
  },
  {
    "chapter" : "Priorities",
    "section" : "Serious and Organised Crime",
    "text" : "Community safety partnerships have been given a clearer role in tackling serious and organised crime. Gangs, county lines, modern slavery and fraud damage communities and draw in vulnerable people. Partners can help to disrupt them and to protect those at risk.",
    "url" : "chapters/priorities.html#serious-and-organised-crime"
  },
  {
    "chapter" : "Priorities",
    "section" : "Priorities that have ended",
    "text" : "Acquisitive crime and violent crime are no longer county-wide priorities. They remain important, and local partnerships will keep them in their own plans where the evidence supports it.",
    "url" : "chapters/priorities.html#priorities-that-have-ended"
  },
  {
    "chapter" : "Priorities",
    "section" : "From priority to action",
    "text" : "Behind the priorities sits a partnership action plan. Its actions build on what each agency already does rather than taking its place. A multi-agency working group manages the plan and reports to the KCSP. Each priority has a proxy measure, set against the matching months of the year before, to show whether things are moving in the right direction.",
    "url" : "chapters/priorities.html#from-priority-to-action"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Fewer, broader themes",
    "text" : "In 2011-14 the agreement had five cross-cutting themes. Two of them, on vulnerable households and on safeguarding children, have become part of the new priority on Safeguarding Vulnerable People. The remaining three have been kept and broadened. In detail: Early intervention, prevention & education continues as before;\nReducing re-offending is now Reducing re-offending and supporting victims;\nPriority neighbourhoods / geographic focus is now Improving quality of life and enhancing community resilience;\nVulnerable households and individuals, and safeguarding children and young people, are now covered by the Safeguarding Vulnerable People priority. Every action in the plan is linked to at least one priority and, where it fits, to one or more themes.",
    "url" : "chapters/cross-cutting-themes.html#fewer-broader-themes"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Early intervention, prevention & education",
    "text" : "Prevention is still the best way to reduce harm. Under this theme the Kent Community Safety Team and partners deliver: online safety awareness training for frontline staff;\nworkshops and briefings for practitioners on emerging issues;\nthe annual community safety conference; and\neducation for young people on issues such as road safety and exploitation.",
    "url" : "chapters/cross-cutting-themes.html#early-intervention-prevention-education"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Reducing re-offending and supporting victims",
    "text" : "This theme now looks at both sides of offending. Partners want people who offend to be managed effectively and helped to stop, and victims to get support that meets their needs. Examples include referral routes into drug and alcohol treatment, recommendations from Domestic Homicide Reviews, and support for repeat victims of scams and anti-social behaviour.",
    "url" : "chapters/cross-cutting-themes.html#reducing-re-offending-and-supporting-victims"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Improving quality of life and enhancing community resilience",
    "text" : "The earlier theme on priority neighbourhoods concentrated on where problems were worst. This theme keeps that focus but adds the aim of helping communities become more resilient: better able to look out for one another, report concerns and recover when something goes wrong. District and borough partnerships lead much of this work locally.",
    "url" : "chapters/cross-cutting-themes.html#improving-quality-of-life-and-enhancing-community-resilience"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Using the themes",
    "text" : "Themes help partners outside the traditional community safety field to see how their services contribute. A health visitor, a housing officer or a youth worker may not think of their job as community safety, yet early help, tenancy support and diversionary activity all support the priorities. Lead officers are asked to show which themes their actions serve so that these links are visible when the plan is reviewed.",
    "url" : "chapters/cross-cutting-themes.html#using-the-themes"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The Kent Community Safety Partnership",
    "text" : "The KCSP, sometimes called the County Strategy Group, owns the agreement. It is chaired by the Kent County Council cabinet member responsible for community safety and brings together senior representatives of the responsible authorities, the chairs of the district and borough partnerships and the Police and Crime Commissioner's office. It oversees progress and signs off changes to the agreement every year.",
    "url" : "chapters/governance-and-delivery.html#the-kent-community-safety-partnership"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The working group",
    "text" : "A multi-agency working group manages the action plan on the partnership's behalf. It reviews updates from action leads, agrees changes to the plan and reports to each KCSP meeting.",
    "url" : "chapters/governance-and-delivery.html#the-working-group"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The Kent Community Safety Team",
    "text" : "",
    "url" : "chapters/governance-and-delivery.html#the-kent-community-safety-team"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Phase one",
    "text" : "In September 2015 Kent County Council, Kent Police and Kent Fire and Rescue Service created a joint community safety team working from one office. The aim was to pool staff, avoid doing the same work twice and soften the impact of smaller budgets. The team carries out several statutory tasks for the partnership, including Domestic Homicide Reviews, the preparation of this agreement and support for strategic assessments. An internal audit in 2017-18 found that the team was working well overall and had strong potential to improve, but recommended refreshing its Memorandum of Understanding and considering a coordinator role.",
    "url" : "chapters/governance-and-delivery.html#phase-one"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Phase two",
    "text" : "The partners have agreed a second phase, set out in a refreshed Memorandum of Understanding that runs until March 2020. Each of the three partners will pay £16,000 a year into a pooled budget. Phase two includes: a fixed-term coordinator to lead the team's business plan and bring partners together on joint projects;\na fixed-term analyst to support projects, problem profiles, performance monitoring, strategic assessments and the refresh of this agreement;\nthe existing administrative officer, who supports meetings, training, the newsletter, the Safer Communities Portal and the domestic abuse services website; and\na review of office space to make room for partners working with the team on projects.",
    "url" : "chapters/governance-and-delivery.html#phase-two"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Action plan status",
    "text" : "Each action has a lead, a due date and a status, shown in words as well as colour: not started, red (unlikely to be completed), amber (in progress), green (on track) or complete.",
    "url" : "chapters/governance-and-delivery.html#action-plan-status"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Reporting",
    "text" : "Progress and changes are reported as follows: KCSP: action plan progress, the annual refresh and sign-off of changes\nKCC Environment and Transport Cabinet Committee: the agreement and draft priorities for endorsement (20 March 2018)\nKCC Crime and Disorder Scrutiny Committee: reports on community safety performance when requested\nDistrict and borough CSPs: data for strategic assessments and county updates",
    "url" : "chapters/governance-and-delivery.html#reporting"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Kent in 2018",
    "text" : "Kent's people live in twelve districts and boroughs, from the commuter towns of west Kent to the coastal communities of the east. Its position as the gateway to continental Europe, with major ports, the Channel Tunnel and busy motorways, brings particular challenges for policing, road safety and organised crime.",
    "url" : "chapters/community-safety-landscape.html#kent-in-2018"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "The partners",
    "text" : "",
    "url" : "chapters/community-safety-landscape.html#the-partners"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Responsible authorities",
    "text" : "Kent County Council and the twelve district and borough councils\nKent Police\nKent Fire and Rescue Service\nthe National Probation Service and the Kent, Surrey and Sussex Community Rehabilitation Company\nthe clinical commissioning groups",
    "url" : "chapters/community-safety-landscape.html#responsible-authorities"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Other key organisations",
    "text" : "the Office of the Kent Police and Crime Commissioner, which sets the police and crime plan and funds community safety projects and victim services\nthe Kent and Medway safeguarding boards for adults and children\nKent County Council's public health team, which commissions drug and alcohol treatment\nhousing providers, schools, and voluntary and community groups",
    "url" : "chapters/community-safety-landscape.html#other-key-organisations"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Pressures and emerging issues",
    "text" : "",
    "url" : "chapters/community-safety-landscape.html#pressures-and-emerging-issues"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Exploitation and county lines",
    "text" : "Drug supply networks based in London and other cities are using young and vulnerable people to move drugs into Kent towns. This has prompted the new priority on serious and organised crime and links strongly to safeguarding.",
    "url" : "chapters/community-safety-landscape.html#exploitation-and-county-lines"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Vulnerability",
    "text" : "Partners increasingly deal with people whose needs cut across several services: older people targeted by fraudsters, adults with mental ill health, and children exposed to online harm. The annual conference has recently covered dementia, drugs, and vulnerability and gangs.",
    "url" : "chapters/community-safety-landscape.html#vulnerability"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Resources",
    "text" : "Budgets across all partners remain under pressure. The integrated Kent Community Safety Team is one response: by working in one place, the three partner agencies avoid duplication and can take on joint projects that none could resource alone.",
    "url" : "chapters/community-safety-landscape.html#resources"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Sharing information",
    "text" : "Partners share data and good practice through: the Safer Communities Portal, used for strategic assessment data;\na regular newsletter produced by the Kent Community Safety Team;\npartnership briefings and workshops; and\nthe domestic abuse services website for the public and professionals.",
    "url" : "chapters/community-safety-landscape.html#sharing-information"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Looking ahead",
    "text" : "The analyst post in phase two will strengthen the evidence base, with problem profiles where new issues appear. National strategies on serious violence and on serious and organised crime are expected to shape next year's refresh.",
    "url" : "chapters/community-safety-landscape.html#looking-ahead"
  }
];
