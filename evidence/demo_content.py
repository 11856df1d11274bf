"""Demo evidence documents for seed_demo; their `body` becomes the text of a small generated PDF."""

DOCUMENTS = [
    {
        "key": "labour-pathways-brief",
        "title": {
            "en": "Labour pathways between African and European cities",
            "de": "Wege der Arbeitsmobilität zwischen afrikanischen und europäischen Städten",
            "fr": "Parcours de mobilité professionnelle entre villes africaines et européennes",
            "pt": "Percursos de mobilidade laboral entre cidades africanas e europeias",
        },
        "summary": {
            "en": "Outlines how municipal employment services in Accra and Milan can support fair, skills-based labour mobility. Recommends practical steps that cities can take within their existing mandates.",
            "de": "Das Papier zeigt, wie kommunale Arbeitsvermittlungen in Accra und Mailand eine faire, qualifikationsbasierte Arbeitsmobilität unterstützen können. Es empfiehlt praktische Schritte, die Kommunen im Rahmen ihrer bestehenden Zuständigkeiten umsetzen können.",
            "fr": "Ce document décrit comment les services municipaux de l’emploi d’Accra et de Milan peuvent soutenir une mobilité professionnelle équitable, fondée sur les compétences. Il recommande des mesures concrètes que les villes peuvent prendre dans le cadre de leurs compétences actuelles.",
            "pt": "Descreve de que forma os serviços municipais de emprego de Acra e Milão podem apoiar uma mobilidade laboral justa e baseada em competências. Recomenda medidas práticas que as cidades podem adotar no âmbito das suas competências atuais.",
        },
        "type": "policy_brief",
        "authors": "ODI research team",
        "publisher": "odi",
        "date": "2020-09-15",
        "languages": ["en"],
        "themes": ["labour-migration-skills"],
        "cities": ["accra", "milan"],
        "visibility": "public",
        "licence": "CC BY 4.0",
        "body": (
            "This brief looks at how city employment services can support fair labour mobility between Accra and Milan. "
            "Both cities run vocational programmes, but the recognition of qualifications remains slow and fragmented. "
            "A shared apprenticeship scheme in construction and hospitality could let young people gain experience in both labour markets. "
            "Employers in Milan report difficulty filling technical roles, while training centres in Accra have capacity to expand. "
            "The brief recommends a joint skills register, clear information for applicants and regular exchanges between municipal job centres. "
            "Cities cannot issue visas, but they can reduce practical barriers around housing, language courses and certification."
        ),
    },
    {
        "key": "climate-coastal-odi",
        "title": {
            "en": "Coastal change and human mobility in Freetown and Dakar",
            "de": "Küstenwandel und menschliche Mobilität in Freetown und Dakar",
            "fr": "Évolution du littoral et mobilité humaine à Freetown et Dakar",
            "pt": "Alterações costeiras e mobilidade humana em Freetown e Dacar",
        },
        "summary": {
            "en": "Examines how erosion, flooding and sea-level rise shape movement into and within two West African coastal cities. Identifies options for municipal adaptation planning that include people on the move.",
            "de": "Der Bericht untersucht, wie Erosion, Überschwemmungen und der Anstieg des Meeresspiegels Wanderungsbewegungen in zwei westafrikanische Küstenstädte und innerhalb dieser Städte prägen. Er zeigt Möglichkeiten für eine kommunale Anpassungsplanung auf, die mobile Menschen einbezieht.",
            "fr": "Ce rapport examine comment l’érosion, les inondations et la montée du niveau de la mer influencent les déplacements vers et au sein de deux villes côtières d’Afrique de l’Ouest. Il présente des pistes pour une planification municipale de l’adaptation qui inclut les personnes en mobilité.",
            "pt": "Analisa de que forma a erosão, as inundações e a subida do nível do mar influenciam as deslocações para e dentro de duas cidades costeiras da África Ocidental. Identifica opções de planeamento municipal da adaptação que incluam as pessoas em mobilidade.",
        },
        "type": "research_report",
        "authors": "ODI climate and migration team",
        "publisher": "odi",
        "date": "2021-03-22",
        "languages": ["en"],
        "themes": ["climate-mobility"],
        "cities": ["freetown", "dakar"],
        "visibility": "public",
        "licence": "CC BY 4.0",
        "body": (
            "Coastal erosion and seasonal flooding are changing where people live in Freetown and Dakar. "
            "Many households move short distances within the city after storms, rather than across borders. "
            "Informal settlements along the shoreline face the highest exposure and the least protection. "
            "The loss of mangroves has reduced natural buffers against storm surges in several districts. "
            "Restoration projects led by local groups show that ecosystem measures can be combined with drainage works. "
            "The report suggests that city adaptation plans should count displaced residents and involve them in decisions about relocation."
        ),
    },
    {
        "key": "staedte-aufnahme-de",
        "title": {
            "en": "Reception of refugees at municipal level: experience from Mannheim",
            "de": "Aufnahme von Geflüchteten auf kommunaler Ebene: Erfahrungen aus Mannheim",
            "fr": "L’accueil des personnes réfugiées à l’échelle municipale : l’expérience de Mannheim",
            "pt": "Acolhimento de refugiados a nível municipal: a experiência de Mannheim",
        },
        "summary": {
            "en": "Describes how Mannheim coordinates first reception, accommodation and counselling for newly arrived refugees. Highlights practices that other municipalities can adapt to their own context.",
            "de": "Die Publikation beschreibt, wie Mannheim Erstaufnahme, Unterbringung und Beratung für neu angekommene Geflüchtete koordiniert. Sie stellt Ansätze vor, die andere Kommunen an ihre eigenen Bedingungen anpassen können.",
            "fr": "Décrit comment Mannheim coordonne le premier accueil, l’hébergement et l’accompagnement des personnes réfugiées nouvellement arrivées. Met en avant des pratiques que d’autres municipalités peuvent adapter à leur propre contexte.",
            "pt": "Descreve a forma como Mannheim coordena o primeiro acolhimento, o alojamento e o aconselhamento de refugiados recém-chegados. Destaca práticas que outros municípios podem adaptar ao seu próprio contexto.",
        },
        "type": "good_practice",
        "authors": "Robert Bosch Stiftung programme team",
        "publisher": "robert-bosch-stiftung",
        "date": "2019-11-05",
        "languages": ["de"],
        "themes": ["reception-protection"],
        "cities": ["mannheim"],
        "visibility": "public",
        "licence": "All rights reserved",
        "body": (
            "Mannheim hat in den vergangenen Jahren ein abgestimmtes Verfahren für die Aufnahme von Geflüchteten entwickelt. "
            "Eine zentrale Anlaufstelle bündelt die Beratung zu Unterkunft, Gesundheit, Sprachkursen und Behördengängen. "
            "Ehrenamtliche Lotsinnen und Lotsen begleiten neu angekommene Familien in den ersten Wochen. "
            "Die Verwaltung arbeitet dabei eng mit Wohlfahrtsverbänden und Migrantenorganisationen zusammen. "
            "Der Austausch mit Städten in Afrika und Europa hat gezeigt, dass ähnliche Herausforderungen oft unterschiedliche, aber übertragbare Lösungen haben. "
            "Das Papier beschreibt die wichtigsten Schritte und die dafür erforderlichen Ressourcen."
        ),
    },
    {
        "key": "diaspora-investment-odi",
        "title": {
            "en": "Diaspora engagement in local development: Dakar, Kanifing and Lisbon",
            "de": "Einbindung der Diaspora in die lokale Entwicklung: Dakar, Kanifing und Lissabon",
            "fr": "L’engagement de la diaspora dans le développement local : Dakar, Kanifing et Lisbonne",
            "pt": "Envolvimento da diáspora no desenvolvimento local: Dacar, Kanifing e Lisboa",
        },
        "summary": {
            "en": "Reviews how city governments work with diaspora associations on investment, skills transfer and local projects. Draws lessons on trust, transparency and long-term cooperation.",
            "de": "Der Bericht untersucht, wie Stadtverwaltungen mit Diaspora-Vereinigungen bei Investitionen, Wissenstransfer und lokalen Projekten zusammenarbeiten. Er zieht Lehren zu Vertrauen, Transparenz und langfristiger Zusammenarbeit.",
            "fr": "Ce rapport analyse la manière dont les autorités municipales collaborent avec les associations de la diaspora en matière d’investissement, de transfert de compétences et de projets locaux. Il en tire des enseignements sur la confiance, la transparence et la coopération dans la durée.",
            "pt": "Analisa a forma como os governos locais trabalham com associações da diáspora em matéria de investimento, transferência de competências e projetos locais. Retira lições sobre confiança, transparência e cooperação a longo prazo.",
        },
        "type": "research_report",
        "authors": "ODI research team",
        "publisher": "odi",
        "date": "2021-06-10",
        "languages": ["en"],
        "themes": ["diaspora-engagement", "local-economic-development"],
        "cities": ["dakar", "kanifing", "lisbon"],
        "visibility": "public",
        "licence": "CC BY 4.0",
        "body": (
            "Diaspora associations often support schools, clinics and small businesses in their cities of origin. "
            "In Dakar and Kanifing, municipal offices have started to register these associations and to co-finance selected projects. "
            "In Lisbon, the city works with community organisations to connect entrepreneurs with advice and networks. "
            "Family remittances remain mainly private, and cities should not try to direct them. "
            "However, collective contributions can be matched with public funds when governance is clear. "
            "The report recommends simple reporting rules, regular meetings and a named contact point in each city hall."
        ),
    },
    {
        "key": "mobility-indicators-dataset",
        "title": {
            "en": "City mobility indicators: pilot data set",
            "de": "Indikatoren zur Mobilität in Städten: Pilotdatensatz",
            "fr": "Indicateurs de mobilité dans les villes : jeu de données pilote",
            "pt": "Indicadores de mobilidade nas cidades: conjunto de dados piloto",
        },
        "summary": {
            "en": "A pilot set of indicators on population movement, access to services and local migration governance in three partner cities. Shared with participants to test definitions before wider publication.",
            "de": "Ein Pilotsatz von Indikatoren zu Bevölkerungsbewegungen, zum Zugang zu Dienstleistungen und zur lokalen Migrationspolitik in drei Partnerstädten. Er wird mit den Teilnehmenden geteilt, um die Definitionen vor einer breiteren Veröffentlichung zu prüfen.",
            "fr": "Un ensemble pilote d’indicateurs sur les mouvements de population, l’accès aux services et la gouvernance locale des migrations dans trois villes partenaires. Partagé avec les participants afin de tester les définitions avant une diffusion plus large.",
            "pt": "Um conjunto piloto de indicadores sobre movimentos populacionais, acesso a serviços e governação local das migrações em três cidades parceiras. Partilhado com os participantes para testar as definições antes de uma publicação mais alargada.",
        },
        "type": "data_set",
        "authors": "ODI data and evidence team",
        "publisher": "odi",
        "date": "2021-02-01",
        "languages": ["en"],
        "themes": ["data-evidence"],
        "cities": ["kampala", "amsterdam", "maputo"],
        "visibility": "participants",
        "licence": "CC BY-NC 4.0",
        "body": (
            "This data set brings together indicators collected by municipal statistics offices in Kampala, Amsterdam and Maputo. "
            "Each indicator is described with its source, collection period and known limitations. "
            "Figures are disaggregated by district where local records allow this. "
            "Definitions of terms such as newcomer and internal migrant differ between cities and are documented separately. "
            "The accompanying codebook explains how missing values are treated. "
            "Participants are invited to comment on the indicator list before a public version is prepared."
        ),
    },
    {
        "key": "inclusive-services-brief",
        "title": {
            "en": "Opening city services to all residents",
            "de": "Kommunale Dienstleistungen für alle Einwohnerinnen und Einwohner öffnen",
            "fr": "Ouvrir les services municipaux à tous les habitants",
            "pt": "Abrir os serviços municipais a todos os residentes",
        },
        "summary": {
            "en": "Sets out how cities can make health, education and administrative services accessible regardless of residence status. Based on the experience of Kampala and Barcelona.",
            "de": "Das Papier erläutert, wie Kommunen Gesundheits-, Bildungs- und Verwaltungsdienste unabhängig vom Aufenthaltsstatus zugänglich machen können. Es stützt sich auf die Erfahrungen von Kampala und Barcelona.",
            "fr": "Présente la manière dont les villes peuvent rendre les services de santé, d’éducation et d’administration accessibles quel que soit le statut de séjour. S’appuie sur l’expérience de Kampala et de Barcelone.",
            "pt": "Expõe a forma como as cidades podem tornar os serviços de saúde, educação e administração acessíveis independentemente do estatuto de residência. Baseia-se na experiência de Kampala e Barcelona.",
        },
        "type": "policy_brief",
        "authors": "Mayors Migration Council policy team",
        "publisher": "mayors-migration-council",
        "date": "2020-05-18",
        "languages": ["en"],
        "themes": ["access-to-services"],
        "cities": ["kampala", "barcelona"],
        "visibility": "public",
        "licence": "CC BY 4.0",
        "body": (
            "Many migrants and refugees live in cities without full access to public services. "
            "Kampala has extended primary health care and schooling to refugees settled in urban neighbourhoods. "
            "Barcelona uses municipal registration to give residents access to local services, independent of national status. "
            "Both cities rely on trained interpreters and community health workers to reach people who might otherwise stay away. "
            "The brief recommends that cities map existing barriers, simplify documentation requirements and share information in several languages. "
            "National funding rules should also recognise the populations that cities actually serve."
        ),
    },
    {
        "key": "agadez-urban-planning-case",
        "title": {
            "en": "Planning for growth in a transit city: Agadez",
            "de": "Planung für Wachstum in einer Transitstadt: Agadez",
            "fr": "Planifier la croissance d’une ville de transit : Agadez",
            "pt": "Planear o crescimento de uma cidade de trânsito: Agadez",
        },
        "summary": {
            "en": "Shows how Agadez has approached land, housing and basic infrastructure as a city shaped by both transit and settlement. Focuses on the municipality’s planning tools and partnerships.",
            "de": "Die Fallstudie zeigt, wie Agadez als eine von Durchreise und Ansiedlung geprägte Stadt mit Fragen von Boden, Wohnraum und Basisinfrastruktur umgeht. Im Mittelpunkt stehen die Planungsinstrumente und Partnerschaften der Kommune.",
            "fr": "Montre comment Agadez, ville marquée à la fois par le transit et l’installation durable, aborde les questions foncières, le logement et les infrastructures de base. L’étude porte sur les outils de planification et les partenariats de la commune.",
            "pt": "Mostra de que forma Agadez, uma cidade marcada tanto pelo trânsito como pela fixação de pessoas, aborda as questões dos solos, da habitação e das infraestruturas básicas. Centra-se nos instrumentos de planeamento e nas parcerias do município.",
        },
        "type": "case_study",
        "authors": "Mayors Migration Council programme team",
        "publisher": "mayors-migration-council",
        "date": "2021-04-27",
        "languages": ["en", "fr"],
        "themes": ["urban-planning-housing"],
        "cities": ["agadez"],
        "visibility": "public",
        "licence": "CC BY 4.0",
        "body": (
            "Agadez has long been a crossroads for trade and travel across the Sahara. "
            "In recent years, more people have settled in the city for longer periods, increasing demand for land, water and housing. "
            "The municipality has worked with partners to update its cadastral records and to plan new residential areas with basic services. "
            "Local leaders and residents were consulted on the location of markets, schools and water points. "
            "Limited budgets mean that priorities must be set carefully. "
            "The case shows the value of simple planning tools that are kept up to date."
        ),
    },
    {
        "key": "dialogue-annual-meeting-2020",
        "title": {
            "en": "Mayors Dialogue annual meeting 2020: summary of discussions",
            "de": "Jahrestreffen des Mayors Dialogue 2020: Zusammenfassung der Diskussionen",
            "fr": "Réunion annuelle du Mayors Dialogue 2020 : synthèse des échanges",
            "pt": "Reunião anual do Mayors Dialogue 2020: síntese dos debates",
        },
        "summary": {
            "en": "Summarises the main points raised by mayors and city officials at the 2020 annual meeting, held online. Lists the follow-up actions agreed for the partnership’s working groups.",
            "de": "Die Zusammenfassung gibt die wichtigsten Punkte wieder, die Bürgermeisterinnen, Bürgermeister und Verwaltungsfachleute beim Online-Jahrestreffen 2020 angesprochen haben. Sie listet die vereinbarten Folgeschritte für die Arbeitsgruppen der Partnerschaft auf.",
            "fr": "Résume les principaux points soulevés par les maires et les responsables municipaux lors de la réunion annuelle 2020, tenue en ligne. Présente les actions de suivi convenues pour les groupes de travail du partenariat.",
            "pt": "Resume os principais pontos levantados pelos presidentes de câmara e responsáveis municipais na reunião anual de 2020, realizada online. Enumera as ações de seguimento acordadas para os grupos de trabalho da parceria.",
        },
        "type": "meeting_material",
        "authors": "Mayors Dialogue secretariat",
        "publisher": "mayors-migration-council",
        "date": "2020-11-20",
        "languages": ["en"],
        "themes": ["participation-governance"],
        "cities": [],
        "visibility": "participants",
        "licence": "All rights reserved",
        "body": (
            "The annual meeting took place online because of travel restrictions. "
            "Mayors and city officials from Africa and Europe discussed how the pandemic has affected migrants and the services cities provide. "
            "Participants agreed that city-to-city partnerships should be based on equal responsibility and shared priorities. "
            "Working groups will continue on labour mobility, climate and inclusion. "
            "A rapporteur from each working group will present progress at the next meeting. "
            "These notes are for participants and do not represent agreed positions of any city."
        ),
    },
    {
        "key": "neighbourhood-cohesion-case",
        "title": {
            "en": "Building trust in diverse neighbourhoods: Antwerp and Durban",
            "de": "Vertrauen in vielfältigen Nachbarschaften stärken: Antwerpen und Durban",
            "fr": "Renforcer la confiance dans des quartiers divers : Anvers et Durban",
            "pt": "Construir confiança em bairros diversos: Antuérpia e Durban",
        },
        "summary": {
            "en": "Compares local initiatives in Antwerp and Durban that bring long-term residents and newcomers together. Looks at what helped to reduce tensions and what remained difficult.",
            "de": "Die Fallstudie vergleicht lokale Initiativen in Antwerpen und Durban, die alteingesessene und neu zugezogene Bewohnerinnen und Bewohner zusammenbringen. Sie untersucht, was zum Abbau von Spannungen beigetragen hat und was schwierig blieb.",
            "fr": "Compare des initiatives locales à Anvers et à Durban qui rapprochent habitants de longue date et nouveaux arrivants. Examine ce qui a permis d’apaiser les tensions et ce qui est resté difficile.",
            "pt": "Compara iniciativas locais em Antuérpia e Durban que aproximam residentes de longa data e recém-chegados. Analisa o que ajudou a reduzir tensões e o que continuou a ser difícil.",
        },
        "type": "case_study",
        "authors": "Open Society Foundations programme team",
        "publisher": "open-society-foundations",
        "date": "2019-10-14",
        "languages": ["en"],
        "themes": ["inclusion-social-cohesion"],
        "cities": ["antwerp", "durban"],
        "visibility": "public",
        "licence": "CC BY-NC 4.0",
        "body": (
            "Both Antwerp and Durban have neighbourhoods where residents from many backgrounds live side by side. "
            "In Durban, the city has supported community forums after periods of tension between local and foreign traders. "
            "In Antwerp, trained mediators help neighbours resolve everyday conflicts about noise, shared spaces and waste. "
            "Sports clubs, libraries and local festivals create informal places to meet. "
            "The initiatives work best when residents help design them and when city staff stay involved over time. "
            "Short projects without follow-up were less effective."
        ),
    },
    {
        "key": "migrant-entrepreneurs-brief",
        "title": {
            "en": "Supporting migrant entrepreneurs in city economies",
            "de": "Unternehmerinnen und Unternehmer mit Migrationsgeschichte in der lokalen Wirtschaft unterstützen",
            "fr": "Soutenir l’entrepreneuriat des personnes migrantes dans l’économie des villes",
            "pt": "Apoiar empreendedores migrantes nas economias urbanas",
        },
        "summary": {
            "en": "Discusses how Tunis and Paris can help migrants start and grow small businesses. Recommends measures on advice, access to finance and market space.",
            "de": "Das Papier erörtert, wie Tunis und Paris Migrantinnen und Migranten bei der Gründung und dem Ausbau kleiner Unternehmen unterstützen können. Es empfiehlt Maßnahmen zu Beratung, Zugang zu Finanzierung und Verkaufsflächen.",
            "fr": "Examine comment Tunis et Paris peuvent aider les personnes migrantes à créer et à développer de petites entreprises. Recommande des mesures en matière de conseil, d’accès au financement et d’espaces commerciaux.",
            "pt": "Analisa de que forma Tunes e Paris podem ajudar os migrantes a criar e desenvolver pequenas empresas. Recomenda medidas em matéria de aconselhamento, acesso a financiamento e espaços comerciais.",
        },
        "type": "policy_brief",
        "authors": "Open Society Foundations policy team",
        "publisher": "open-society-foundations",
        "date": "2020-02-25",
        "languages": ["en", "fr"],
        "themes": ["local-economic-development", "labour-migration-skills"],
        "cities": ["tunis", "paris"],
        "visibility": "public",
        "licence": "CC BY 4.0",
        "body": (
            "Migrants start many small businesses in cities, often in food, retail, transport and personal services. "
            "In Tunis, newcomers from sub-Saharan Africa can face difficulties registering a business and opening a bank account. "
            "In Paris, local business support services have begun to offer advice in several languages. "
            "Municipal procurement can open opportunities for small firms if tender rules are simple and published in advance. "
            "Market stalls and shared workspaces lower the cost of getting started. "
            "The brief suggests that cities track the results of these measures and adjust them over time."
        ),
    },
    {
        "key": "atelier-accueil-dakar-fr",
        "title": {
            "en": "Workshop notes: reception and protection in city practice",
            "de": "Workshop-Notizen: Aufnahme und Schutz in der kommunalen Praxis",
            "fr": "Compte rendu d’atelier : accueil et protection dans la pratique des villes",
            "pt": "Notas de workshop: acolhimento e proteção na prática das cidades",
        },
        "summary": {
            "en": "Notes from a working session on how municipalities receive and protect people in vulnerable situations. Prepared in French for workshop participants.",
            "de": "Notizen aus einer Arbeitssitzung darüber, wie Kommunen Menschen in prekären Lebenslagen aufnehmen und schützen. Auf Französisch für die Teilnehmenden des Workshops erstellt.",
            "fr": "Notes d’une séance de travail sur la manière dont les municipalités accueillent et protègent les personnes en situation de vulnérabilité. Rédigées en français à l’intention des participants à l’atelier.",
            "pt": "Notas de uma sessão de trabalho sobre a forma como os municípios acolhem e protegem pessoas em situação de vulnerabilidade. Redigidas em francês para os participantes do workshop.",
        },
        "type": "meeting_material",
        "authors": "Open Society Foundations programme team",
        "publisher": "open-society-foundations",
        "date": "2021-09-08",
        "languages": ["fr"],
        "themes": ["reception-protection", "access-to-services"],
        "cities": ["dakar", "tunis"],
        "visibility": "participants",
        "licence": "All rights reserved",
        "body": (
            "L'atelier a réuni des responsables municipaux de Dakar et de Tunis ainsi que des représentants de la société civile. "
            "Les participants ont présenté leurs dispositifs pour les personnes nouvellement arrivées, notamment les mineurs non accompagnés. "
            "Plusieurs villes s'appuient sur des centres d'écoute où des travailleurs sociaux orientent les personnes vers les services de santé et d'hébergement. "
            "Le manque de financement durable reste une difficulté commune. "
            "Les participants ont proposé de partager des outils de formation pour le personnel municipal. "
            "Ces notes sont destinées aux participants et ne reflètent pas une position officielle."
        ),
    },
    {
        "key": "lisboa-maputo-parceria-pt",
        "title": {
            "en": "City partnerships on an equal footing: Lisbon and Maputo",
            "de": "Städtepartnerschaften auf Augenhöhe: Lissabon und Maputo",
            "fr": "Des partenariats entre villes d’égal à égal : Lisbonne et Maputo",
            "pt": "Parcerias entre cidades em pé de igualdade: Lisboa e Maputo",
        },
        "summary": {
            "en": "Examines how Lisbon and Maputo organise their cooperation on mobility and inclusion as equal partners. Considers decision-making, shared funding and the role of residents.",
            "de": "Der Bericht untersucht, wie Lissabon und Maputo ihre Zusammenarbeit zu Mobilität und Inklusion als gleichberechtigte Partner gestalten. Er betrachtet Entscheidungsprozesse, gemeinsame Finanzierung und die Rolle der Bewohnerinnen und Bewohner.",
            "fr": "Examine comment Lisbonne et Maputo organisent leur coopération en matière de mobilité et d’inclusion en tant que partenaires égaux. Aborde la prise de décision, le financement partagé et le rôle des habitants.",
            "pt": "Analisa a forma como Lisboa e Maputo organizam a sua cooperação em matéria de mobilidade e inclusão enquanto parceiros em igualdade. Aborda a tomada de decisões, o financiamento partilhado e o papel dos residentes.",
        },
        "type": "research_report",
        "authors": "Robert Bosch Stiftung programme team",
        "publisher": "robert-bosch-stiftung",
        "date": "2021-10-19",
        "languages": ["pt", "en"],
        "themes": ["participation-governance", "inclusion-social-cohesion"],
        "cities": ["lisbon", "maputo"],
        "visibility": "public",
        "licence": "CC BY 4.0",
        "body": (
            "Lisboa e Maputo mantêm há vários anos uma cooperação entre os seus serviços municipais. "
            "O estudo analisa como as duas cidades definem prioridades comuns e partilham responsabilidades. "
            "As equipas técnicas realizam visitas de intercâmbio e reuniões regulares por videoconferência. "
            "As associações de imigrantes e as comissões de moradores foram consultadas em várias fases do projeto. "
            "A partilha de financiamento continua a ser um desafio, sobretudo no que respeita às despesas de deslocação. "
            "O relatório recomenda acordos escritos simples e uma avaliação conjunta dos resultados."
        ),
    },
]
