window.CSA_SEARCH_INDEX = [
  {
    "chapter" : "Introduction",
    "section" : "About this agreement",
    "text" : "The Kent Community Safety Agreement sets out the community safety priorities that partners across the county have agreed to tackle together, and the broader themes that run through all of them. This edition covers April 2024 to March 2025. It is owned by the Kent Community Safety Partnership (KCSP). The agreement does not replace the plans of individual agencies or of the district and borough Community Safety Partnerships (CSPs). It adds value where working at county level is more effective: sharing expertise, avoiding duplication, coordinating campaigns and carrying out statutory tasks once on behalf of everyone.",
    "url" : "chapters/introduction.html#about-this-agreement"
  },
  {
    "chapter" : "Introduction",
    "section" : "A rolling document",
    "text" : "This is not a fixed plan that is rewritten every few years. It is a rolling document that partners review and refresh every year: Each autumn, partners supply data for the local strategic assessments.\nOver the winter, the CSPs complete their assessments and the county looks at the combined picture.\nIn early spring, the Kent Community Safety Team drafts changes to the chapters and appendices that need updating, and the KCSP Working Group reviews them.\nIn March, the KCSP considers the refreshed agreement and signs off any changes. Only the parts that need to change are rewritten, so some chapters may stay much the same from one year to the next while others are updated substantially.",
    "url" : "chapters/introduction.html#a-rolling-document"
  },
  {
    "chapter" : "Introduction",
    "section" : "What is new in this edition",
    "text" : "This edition has eight priorities and five cross-cutting themes, compared with six and three in 2018-19. Preventing Neighbourhood Crime & ASB widens the former anti-social behaviour priority.\nSerious Violence and Organised Crime reflects the Serious Violence Duty.\nPreventing Extremism and Hate and Violence against women and girls are new priorities.\nSupport mental health and wellbeing and Response and Recovery from Significant Community Events are new themes.",
    "url" : "chapters/introduction.html#what-is-new-in-this-edition"
  },
  {
    "chapter" : "Introduction",
    "section" : "How to use this document",
    "text" : "The rest of the agreement is arranged in five chapters: Statutory context: the law behind the agreement and duties added in recent years\nPriorities: the eight county priorities and what partners will do\nCross-cutting themes: the five themes and how they link to the priorities\nGovernance and delivery: who owns, monitors and reports on the agreement\nThe community safety landscape: Kent's partners, pressures and emerging issues The action plan and proxy measures are published alongside the chapters and as open data. The action plan is a live document that the Working Group updates during the year.",
    "url" : "chapters/introduction.html#how-to-use-this-document"
  },
  {
    "chapter" : "Introduction",
    "section" : "Looking ahead",
    "text" : "A national review of community safety partnerships and anti-social behaviour powers may lead to new guidance or legislation. Partners have agreed to refresh this agreement now and to carry out a fuller review in 2025-26, taking account of any national changes, the next police and crime plan and a fresh look at what each local partnership has found.",
    "url" : "chapters/introduction.html#looking-ahead"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Where the duty comes from",
    "text" : "The Crime and Disorder Act 1998 made local authorities, the police and other responsible authorities jointly responsible for reducing crime and disorder. The partnerships it created are now called Community Safety Partnerships (CSPs). Section 17 also requires each authority to consider crime and disorder in everything it does.",
    "url" : "chapters/statutory-context.html#where-the-duty-comes-from"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Annual assessments and county agreements",
    "text" : "Following a review of the 1998 Act, the Police and Justice Act 2006 and the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 replaced three-yearly crime audits with: an annual strategic assessment by every CSP;\na rolling partnership plan, refreshed each year; and\nin two-tier areas, a county community safety agreement setting out how the responsible authorities will work together on shared priorities. Kent has a county council and twelve district and borough councils, so this agreement is a legal requirement. Kent County Council leads its preparation.",
    "url" : "chapters/statutory-context.html#annual-assessments-and-county-agreements"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Duties that shape the current priorities",
    "text" : "The main duties added since 1998, and the priorities they support, are: Domestic Homicide Reviews (Domestic Violence, Crime and Victims Act 2004, s.9), supporting Domestic Abuse\nSupport in safe accommodation (Domestic Abuse Act 2021, Part 4), supporting Domestic Abuse\nSerious Violence Duty (Police, Crime, Sentencing and Courts Act 2022), supporting Serious Violence and Organised Crime\nPrevent duty (Counter-Terrorism and Security Act 2015), supporting Preventing Extremism and Hate\nAnti-social behaviour powers and the Community Trigger (Anti-social Behaviour, Crime and Policing Act 2014), supporting Preventing Neighbourhood Crime & ASB\nIdentifying victims of modern slavery (Modern Slavery Act 2015), supporting Safeguarding Vulnerable People",
    "url" : "chapters/statutory-context.html#duties-that-shape-the-current-priorities"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Police and crime plans",
    "text" : "Partnerships and the Kent Police and Crime Commissioner must each have regard to the other's priorities. The Commissioner's plan for Kent is therefore a key reference when the agreement is refreshed.",
    "url" : "chapters/statutory-context.html#police-and-crime-plans"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Victims",
    "text" : "The Victims and Prisoners Act 2024 puts the Victims' Code on a statutory footing and strengthens oversight of how agencies meet it, which supports the theme on reducing re-offending and supporting victims.",
    "url" : "chapters/statutory-context.html#victims"
  },
  {
    "chapter" : "Statutory context",
    "section" : "National reviews",
    "text" : "The Home Office has reviewed the role of CSPs and the powers available to tackle anti-social behaviour. Changes in law or new statutory guidance were expected, but no announcement had been made by November 2024. In September 2024 the Victims' Commissioner published a report on victims' experiences of anti-social behaviour, which recommended stronger CSPs, updated guidance and better data sharing between agencies. Partners will reflect any changes in the next full review of the agreement.",
    "url" : "chapters/statutory-context.html#national-reviews"
  },
  {
    "chapter" : "Statutory context",
    "section" : "Scrutiny",
    "text" : "Kent County Council's scrutiny arrangements include the power to review the work of the responsible authorities on crime and disorder. The council's scrutiny and cabinet committees receive reports on the agreement as needed.",
    "url" : "chapters/statutory-context.html#scrutiny"
  },
  {
    "chapter" : "Priorities",
    "section" : "The priorities for 2024-25",
    "text" : "Partners have agreed eight county priorities: Preventing Neighbourhood Crime & ASB\nDomestic Abuse\nSubstance Misuse\nSafeguarding Vulnerable People\nSerious Violence and Organised Crime\nPreventing Extremism and Hate\nRoad Safety\nViolence against women and girls They are based on the outcomes of the local strategic assessments, reviews of county data, legal duties, horizon scanning and partners' own plans.",
    "url" : "chapters/priorities.html#the-priorities-for-2024-25"
  },
  {
    "chapter" : "Priorities",
    "section" : "How the priorities have changed",
    "text" : "Compared with the 2018-19 agreement: Preventing Neighbourhood Crime & ASB: widened from Anti-Social Behaviour\nDomestic Abuse: continued\nSubstance Misuse: continued\nSafeguarding Vulnerable People: continued\nSerious Violence and Organised Crime: widened from Serious and Organised Crime\nPreventing Extremism and Hate: new\nRoad Safety: continued\nViolence against women and girls: new",
    "url" : "chapters/priorities.html#how-the-priorities-have-changed"
  },
  {
    "chapter" : "Priorities",
    "section" : "The priorities in brief",
    "text" : "",
    "url" : "chapters/priorities.html#the-priorities-in-brief"
  },
  {
    "chapter" : "Priorities",
    "section" : "Preventing Neighbourhood Crime & ASB",
    "text" : "Burglary, robbery, theft and vehicle crime sit alongside anti-social behaviour because they shape how safe people feel where they live. Partners share good practice, train practitioners and put victims first.",
    "url" : "chapters/priorities.html#preventing-neighbourhood-crime-asb"
  },
  {
    "chapter" : "Priorities",
    "section" : "Domestic Abuse",
    "text" : "Work includes the 16 Days of Action campaign, the domestic abuse services website, multi-agency risk assessment conferences, one-stop shops and Domestic Homicide Reviews.",
    "url" : "chapters/priorities.html#domestic-abuse"
  },
  {
    "chapter" : "Priorities",
    "section" : "Substance Misuse",
    "text" : "The priority links community safety with the Kent and Medway Combating Drugs Partnership, which leads the local response to the national drugs strategy.",
    "url" : "chapters/priorities.html#substance-misuse"
  },
  {
    "chapter" : "Priorities",
    "section" : "Safeguarding Vulnerable People",
    "text" : "Partners help staff to recognise exploitation, scams and hidden harm, and take part in Safeguarding Adults Awareness Week each November.",
    "url" : "chapters/priorities.html#safeguarding-vulnerable-people"
  },
  {
    "chapter" : "Priorities",
    "section" : "Serious Violence and Organised Crime",
    "text" : "The Kent and Medway Violence Reduction Unit leads work under the Serious Violence Duty, while partners continue to disrupt organised crime and county lines.",
    "url" : "chapters/priorities.html#serious-violence-and-organised-crime"
  },
  {
    "chapter" : "Priorities",
    "section" : "Preventing Extremism and Hate",
    "text" : "This brings the Prevent duty together with work on hate crime and community tension, reported to the partnership by the Prevent Duty Delivery Board.",
    "url" : "chapters/priorities.html#preventing-extremism-and-hate"
  },
  {
    "chapter" : "Priorities",
    "section" : "Road Safety",
    "text" : "The county's road safety strategy aims to eliminate deaths and serious injuries on Kent's roads over the long term.",
    "url" : "chapters/priorities.html#road-safety"
  },
  {
    "chapter" : "Priorities",
    "section" : "Violence against women and girls",
    "text" : "Partners run learning sessions for practitioners and campaigns that challenge harmful attitudes and encourage bystanders to act safely.",
    "url" : "chapters/priorities.html#violence-against-women-and-girls"
  },
  {
    "chapter" : "Priorities",
    "section" : "Delivering and measuring",
    "text" : "Each priority has actions in the partnership action plan and at least one proxy measure. Each figure is set against the matching months of the previous year. Partners cannot control them directly, but they show whether the county is moving in the right direction.",
    "url" : "chapters/priorities.html#delivering-and-measuring"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "What the themes do",
    "text" : "Cross-cutting themes describe approaches that apply to every priority. They help partners to connect the agreement with their own plans and to see where one piece of work can serve several priorities at once. Compared with 2018-19, the themes are: Early intervention, prevention & education: continued\nReduce re-offending and support victims: continued, reworded\nImprove quality of life and enhance community resilience: continued, reworded\nSupport mental health and wellbeing: new\nResponse and Recovery from Significant Community Events: new",
    "url" : "chapters/cross-cutting-themes.html#what-the-themes-do"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Early intervention, prevention & education",
    "text" : "Stopping harm before it starts remains the most effective approach. Examples include awareness campaigns such as the 16 Days of Action, learning sessions on violence against women and girls, anti-social behaviour training and road safety education.",
    "url" : "chapters/cross-cutting-themes.html#early-intervention-prevention-education"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Reduce re-offending and support victims",
    "text" : "Partners manage offenders so that they are less likely to offend again, and make sure that victims receive the information and support they are entitled to. The Probation Service, the Police and Crime Commissioner's commissioned services and local partnerships all contribute.",
    "url" : "chapters/cross-cutting-themes.html#reduce-re-offending-and-support-victims"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Improve quality of life and enhance community resilience",
    "text" : "This theme focuses on places and communities. It covers neighbourhood problem solving, community engagement and projects funded through the Crime Reduction Grant that make areas feel safer.",
    "url" : "chapters/cross-cutting-themes.html#improve-quality-of-life-and-enhance-community-resilience"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Support mental health and wellbeing",
    "text" : "Mental ill health affects many victims, offenders and people who come into contact with community safety services. It can also affect the staff who support them. This new theme asks partners to: consider mental health when planning responses to anti-social behaviour, abuse and exploitation;\nmake sure referral routes to mental health support are known and used; and\nlook after the wellbeing of practitioners dealing with traumatic cases, such as Domestic Homicide Reviews.",
    "url" : "chapters/cross-cutting-themes.html#support-mental-health-and-wellbeing"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Response and Recovery from Significant Community Events",
    "text" : "Serious incidents, public disorder or events elsewhere in the country can quickly raise tension in Kent's communities. This new theme makes sure community safety partners: share information quickly through agreed channels;\nwork with the Kent Resilience Forum during the response; and\nsupport communities through longer-term recovery.",
    "url" : "chapters/cross-cutting-themes.html#response-and-recovery-from-significant-community-events"
  },
  {
    "chapter" : "Cross-cutting themes",
    "section" : "Linking actions to themes",
    "text" : "Each action in the plan records the themes it supports. This makes it possible to see, for example, every action that contributes to early intervention, whichever priority it sits under.",
    "url" : "chapters/cross-cutting-themes.html#linking-actions-to-themes"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Ownership",
    "text" : "The Kent Community Safety Partnership (KCSP) owns the agreement. Its members are senior leaders from the responsible authorities, the chairs of the district and borough CSPs, the Office of the Police and Crime Commissioner and other key partners. It is chaired by the Kent County Council cabinet member responsible for community safety. The KCSP: agrees the priorities and themes each year;\nsigns off changes to the chapters and appendices;\nreceives reports from the Working Group and from the county partnerships that lead on particular priorities, for example on drugs, serious violence and Prevent; and\ndecides how the Crime Reduction Grant is used.",
    "url" : "chapters/governance-and-delivery.html#ownership"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The KCSP Working Group",
    "text" : "The Working Group is made up of officers from the partner agencies. It monitors the action plan, reviewing progress updates at each meeting, and prepares the annual refresh. In 2024-25 it reviewed the action plan in October 2024 and will do so again in January 2025, when it will also consider the first draft of the refreshed agreement.",
    "url" : "chapters/governance-and-delivery.html#the-kcsp-working-group"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The Kent Community Safety Team",
    "text" : "The Kent Community Safety Team (KCST) brings together staff from Kent County Council, Kent Police and Kent Fire and Rescue Service. On behalf of the partnership it: drafts and refreshes the agreement;\nmanages Domestic Homicide Reviews for the CSPs in Kent and Medway;\ngathers partner data for the local strategic assessments and shares it through the Safer Communities portal on MS Teams;\nruns workshops, learning sessions and awareness campaigns; and\nmaintains the domestic abuse services website.",
    "url" : "chapters/governance-and-delivery.html#the-kent-community-safety-team"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Lead officers and action leads",
    "text" : "Every priority, theme and action has a lead body. Action leads send updates to the KCST before each Working Group meeting.",
    "url" : "chapters/governance-and-delivery.html#lead-officers-and-action-leads"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Action plan statuses",
    "text" : "Statuses are always shown in words as well as colour. Not started: work has not yet begun\nRed: unlikely to be completed\nAmber: in progress\nGreen: on track\nComplete: finished As at November 2024, every action was in progress.",
    "url" : "chapters/governance-and-delivery.html#action-plan-statuses"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "The refresh timetable for 2025-26",
    "text" : "The main dates in the refresh are: 15 November 2024: partner data due for the strategic assessments\n21 November 2024: KCSP receives a progress update\n11 December 2024: data workshop for strategic assessment authors\n30 January 2025: the Working Group reviews the first draft\nMarch 2025: final draft presented to the KCSP",
    "url" : "chapters/governance-and-delivery.html#the-refresh-timetable-for-2025-26"
  },
  {
    "chapter" : "Governance and delivery",
    "section" : "Reporting to the county council",
    "text" : "Kent County Council receives reports on the agreement through its scrutiny and cabinet committee arrangements, so that councillors can examine progress and the council's contribution.",
    "url" : "chapters/governance-and-delivery.html#reporting-to-the-county-council"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Kent today",
    "text" : "Kent is made up of twelve districts and boroughs. The county's ports, the Channel Tunnel and its motorway network make it a gateway to Europe, which brings pressures on roads, policing and border-related crime. Medway, a unitary authority, shares many services and partnerships with Kent, including Domestic Homicide Review arrangements, the Violence Reduction Unit and the safeguarding adults board.",
    "url" : "chapters/community-safety-landscape.html#kent-today"
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
    "text" : "Kent County Council and the district and borough councils\nKent Police\nKent Fire and Rescue Service\nthe Probation Service\nthe NHS Kent and Medway integrated care board",
    "url" : "chapters/community-safety-landscape.html#responsible-authorities"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Wider partnerships",
    "text" : "Several county partnerships lead on specific priorities and report to the KCSP: the Kent and Medway Violence Reduction Unit (serious violence);\nthe Kent and Medway Combating Drugs Partnership (substance misuse);\nthe Prevent Duty Delivery Board (preventing extremism);\nthe Kent and Medway Safeguarding Adults Board and the children's safeguarding partnership; and\nthe Kent Resilience Forum (emergency response and recovery). The Office of the Kent Police and Crime Commissioner funds crime reduction and victim support, including the Crime Reduction Grant administered through the KCSP.",
    "url" : "chapters/community-safety-landscape.html#wider-partnerships"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Evidence",
    "text" : "",
    "url" : "chapters/community-safety-landscape.html#evidence"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Strategic assessments",
    "text" : "Each CSP's strategic assessment draws on data from partners, shared through the Safer Communities portal on MS Teams. For the 2024-25 cycle the KCST has, in addition, arranged for a county-wide Kent strategic assessment to be produced.",
    "url" : "chapters/community-safety-landscape.html#strategic-assessments"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Data workshop",
    "text" : "A workshop for assessment authors gives data providers the chance to explain trends, hotspots and emerging issues. Kent Police analysts and specialists in serious violence, domestic abuse, rail safety and road safety contribute.",
    "url" : "chapters/community-safety-landscape.html#data-workshop"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Emerging issues",
    "text" : "National change. A new government took office in July 2024. The outcome of the Home Office review of CSPs and anti-social behaviour powers is awaited.\nVictims of anti-social behaviour. The Victims' Commissioner has called for better data sharing between agencies and stronger partnership arrangements.\nOnline harm. Fraud, exploitation and abuse increasingly happen online, across several priorities.\nCommunity tension. Events elsewhere can quickly affect cohesion locally, which is why the agreement now includes a theme on significant community events.\nPressure on services. Demand continues to rise while budgets remain tight, so shared work through the KCST remains essential.",
    "url" : "chapters/community-safety-landscape.html#emerging-issues"
  },
  {
    "chapter" : "The community safety landscape",
    "section" : "Keeping this chapter current",
    "text" : "This chapter changes more than any other from year to year. For the 2025-26 refresh, partners have agreed to shorten it, keeping only the most relevant and up-to-date information.",
    "url" : "chapters/community-safety-landscape.html#keeping-this-chapter-current"
  }
];
