"""Demo profiles, part of cities.demo_content."""

PROFILES = {
    "barcelona": {
        "population": 1620000,
        "official_languages": {
            "en": "Catalan and Spanish",
            "de": "Katalanisch und Spanisch",
            "fr": "catalan et espagnol",
            "pt": "catalão e espanhol",
        },
        "website": "https://www.barcelona.cat/",
        "contact_email": "mayors-dialogue@barcelona.example.org",
        "participant_since": 2018,
        "status": "participant",
        "description": {
            "en": "Barcelona is the capital of Catalonia and a major Mediterranean port city with a long tradition of trade, culture and design.",
            "de": "Barcelona ist die Hauptstadt Kataloniens und eine bedeutende Hafenstadt am Mittelmeer mit langer Tradition in Handel, Kultur und Design.",
            "fr": "Barcelone est la capitale de la Catalogne et une grande ville portuaire méditerranéenne, forte d’une longue tradition de commerce, de culture et de design.",
            "pt": "Barcelona é a capital da Catalunha e uma importante cidade portuária do Mediterrâneo, com uma longa tradição de comércio, cultura e design.",
        },
        "migration_context": {
            "en": "A considerable share of Barcelona’s residents were born abroad, with large communities from Latin America, North Africa and Asia. The city has long worked on newcomer reception and intercultural policy at municipal level.",
            "de": "Ein beträchtlicher Teil der Einwohnerinnen und Einwohner Barcelonas wurde im Ausland geboren, mit großen Gemeinschaften aus Lateinamerika, Nordafrika und Asien. Die Stadt arbeitet seit Langem auf kommunaler Ebene an der Aufnahme Neuankommender und an interkultureller Politik.",
            "fr": "Une part importante des habitants de Barcelone est née à l’étranger, avec de grandes communautés originaires d’Amérique latine, d’Afrique du Nord et d’Asie. La ville travaille depuis longtemps à l’accueil des nouveaux arrivants et à une politique interculturelle à l’échelle municipale.",
            "pt": "Uma parte considerável dos residentes de Barcelona nasceu no estrangeiro, com grandes comunidades da América Latina, do Norte de África e da Ásia. A cidade trabalha há muito tempo no acolhimento de recém-chegados e em políticas interculturais a nível municipal.",
        },
        "needs": [
            (
                "labour-migration-skills",
                {
                    "en": "Barcelona seeks approaches to recognise the qualifications of newcomers more quickly and match them with local employers.",
                    "de": "Barcelona sucht nach Ansätzen, um die Qualifikationen Neuankommender schneller anzuerkennen und sie mit lokalen Arbeitgebern zusammenzubringen.",
                    "fr": "Barcelone cherche des approches pour reconnaître plus rapidement les qualifications des nouveaux arrivants et les mettre en relation avec les employeurs locaux.",
                    "pt": "Barcelona procura abordagens para reconhecer mais rapidamente as qualificações dos recém-chegados e aproximá-los dos empregadores locais.",
                },
            ),
            (
                "data-evidence",
                {
                    "en": "The city would like to improve how it collects and shares local data on mobility to better plan its services.",
                    "de": "Die Stadt möchte die Erhebung und den Austausch lokaler Daten zur Mobilität verbessern, um ihre Dienstleistungen besser zu planen.",
                    "fr": "La ville souhaite améliorer la collecte et le partage de données locales sur la mobilité afin de mieux planifier ses services.",
                    "pt": "A cidade gostaria de melhorar a forma como recolhe e partilha dados locais sobre mobilidade, para planear melhor os seus serviços.",
                },
            ),
        ],
        "potentials": [
            (
                "urban-planning-housing",
                {
                    "en": "Barcelona can share experience with neighbourhood-based planning and measures to expand affordable housing.",
                    "de": "Barcelona kann Erfahrungen mit quartiersbezogener Planung und Maßnahmen zur Ausweitung bezahlbaren Wohnraums weitergeben.",
                    "fr": "Barcelone peut partager son expérience en matière de planification par quartier et de mesures visant à développer le logement abordable.",
                    "pt": "Barcelona pode partilhar a sua experiência em planeamento por bairro e em medidas para alargar a oferta de habitação acessível.",
                },
            ),
            (
                "reception-protection",
                {
                    "en": "The city offers long-standing expertise in municipal reception services and legal guidance for newcomers.",
                    "de": "Die Stadt bietet langjährige Expertise bei kommunalen Aufnahmediensten und rechtlicher Beratung für Neuankommende.",
                    "fr": "La ville dispose d’une longue expertise en matière de services municipaux d’accueil et d’orientation juridique pour les nouveaux arrivants.",
                    "pt": "A cidade oferece uma longa experiência em serviços municipais de acolhimento e orientação jurídica para recém-chegados.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Municipal welcome service for newcomers",
                    "de": "Kommunaler Willkommensdienst für Neuankommende",
                    "fr": "Service municipal d’accueil des nouveaux arrivants",
                    "pt": "Serviço municipal de acolhimento de recém-chegados",
                },
                "description": {
                    "en": "A city-run service provides newcomers with information, language courses and legal advice in one place. It works closely with neighbourhood organisations.",
                    "de": "Ein städtischer Dienst bietet Neuankommenden Informationen, Sprachkurse und Rechtsberatung an einem Ort. Er arbeitet eng mit Organisationen in den Stadtvierteln zusammen.",
                    "fr": "Un service municipal offre aux nouveaux arrivants informations, cours de langue et conseils juridiques en un seul lieu. Il travaille en étroite collaboration avec les associations de quartier.",
                    "pt": "Um serviço municipal oferece aos recém-chegados informação, cursos de línguas e aconselhamento jurídico num só local. Trabalha em estreita colaboração com associações de bairro.",
                },
                "themes": ["reception-protection"],
                "start_year": 2016,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Ada Colau",
                "title": "mayor",
                "gender": "f",
                "term_start": "2015-06-13",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Barcelona since 2015, previously active in housing rights advocacy.",
                    "de": "Bürgermeisterin von Barcelona seit 2015, zuvor in der Interessenvertretung für das Recht auf Wohnen tätig.",
                    "fr": "Maire de Barcelone depuis 2015, auparavant engagée dans la défense du droit au logement.",
                    "pt": "Presidente da Câmara de Barcelona desde 2015, anteriormente ativa na defesa do direito à habitação.",
                },
            },
        ],
    },
    "bristol": {
        "population": 465000,
        "official_languages": {
            "en": "English",
            "de": "Englisch",
            "fr": "anglais",
            "pt": "inglês",
        },
        "website": "https://www.bristol.gov.uk/",
        "contact_email": "mayors-dialogue@bristol.example.org",
        "participant_since": 2019,
        "status": "participant",
        "description": {
            "en": "Bristol is a city in the south-west of England, known for its harbour, its universities and its creative and technology sectors.",
            "de": "Bristol ist eine Stadt im Südwesten Englands, bekannt für ihren Hafen, ihre Universitäten sowie ihre Kreativ- und Technologiebranche.",
            "fr": "Bristol est une ville du sud-ouest de l’Angleterre, connue pour son port, ses universités et ses secteurs créatif et technologique.",
            "pt": "Bristol é uma cidade do sudoeste de Inglaterra, conhecida pelo seu porto, pelas suas universidades e pelos setores criativo e tecnológico.",
        },
        "migration_context": {
            "en": "Bristol is home to diverse communities, including long-established Caribbean and South Asian populations and more recent arrivals from Somalia and other countries. The city is part of the UK’s City of Sanctuary movement and works with local partners on welcome and integration.",
            "de": "In Bristol leben vielfältige Gemeinschaften, darunter seit Langem ansässige karibische und südasiatische Bevölkerungsgruppen sowie neuere Zugewanderte aus Somalia und anderen Ländern. Die Stadt ist Teil der britischen City-of-Sanctuary-Bewegung und arbeitet mit lokalen Partnern an Willkommen und Integration.",
            "fr": "Bristol accueille des communautés diverses, dont des populations caribéennes et sud-asiatiques installées de longue date et des arrivants plus récents de Somalie et d’autres pays. La ville fait partie du mouvement britannique City of Sanctuary et travaille avec des partenaires locaux sur l’accueil et l’intégration.",
            "pt": "Bristol acolhe comunidades diversas, incluindo populações caribenhas e do sul da Ásia estabelecidas há muito tempo e chegadas mais recentes da Somália e de outros países. A cidade faz parte do movimento britânico City of Sanctuary e trabalha com parceiros locais no acolhimento e na integração.",
        },
        "needs": [
            (
                "local-economic-development",
                {
                    "en": "Bristol wants to learn how migrant entrepreneurs can be better supported to start and grow businesses in the city.",
                    "de": "Bristol möchte erfahren, wie Unternehmerinnen und Unternehmer mit Migrationsgeschichte bei Gründung und Wachstum ihrer Betriebe besser unterstützt werden können.",
                    "fr": "Bristol souhaite découvrir comment mieux soutenir les entrepreneurs migrants dans la création et le développement de leurs entreprises.",
                    "pt": "Bristol quer saber como apoiar melhor os empreendedores migrantes na criação e no crescimento das suas empresas na cidade.",
                },
            ),
            (
                "reception-protection",
                {
                    "en": "The city seeks ideas for coordinating reception support between the council, health services and voluntary organisations.",
                    "de": "Die Stadt sucht Ideen, um die Unterstützung bei der Aufnahme zwischen Stadtverwaltung, Gesundheitsdiensten und gemeinnützigen Organisationen besser abzustimmen.",
                    "fr": "La ville cherche des idées pour coordonner l’accompagnement à l’accueil entre la municipalité, les services de santé et les associations.",
                    "pt": "A cidade procura ideias para coordenar o apoio ao acolhimento entre a autarquia, os serviços de saúde e as organizações de voluntariado.",
                },
            ),
        ],
        "potentials": [
            (
                "participation-governance",
                {
                    "en": "Bristol can share experience with city-wide partnership boards that bring together public bodies, businesses and community groups.",
                    "de": "Bristol kann Erfahrungen mit stadtweiten Partnerschaftsgremien teilen, die öffentliche Stellen, Unternehmen und Gemeinschaftsgruppen zusammenbringen.",
                    "fr": "Bristol peut partager son expérience des instances de partenariat à l’échelle de la ville, qui réunissent organismes publics, entreprises et groupes communautaires.",
                    "pt": "Bristol pode partilhar a sua experiência com órgãos de parceria à escala da cidade, que reúnem entidades públicas, empresas e grupos comunitários.",
                },
            ),
            (
                "inclusion-social-cohesion",
                {
                    "en": "The city offers experience in community-led projects that strengthen relations between long-standing residents and newcomers.",
                    "de": "Die Stadt bringt Erfahrung mit gemeinschaftlich getragenen Projekten ein, die die Beziehungen zwischen alteingesessenen und neuen Bewohnerinnen und Bewohnern stärken.",
                    "fr": "La ville apporte son expérience de projets portés par les habitants qui renforcent les liens entre résidents de longue date et nouveaux arrivants.",
                    "pt": "A cidade oferece experiência em projetos liderados pela comunidade que reforçam as relações entre residentes de longa data e recém-chegados.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "City partnership for inclusive neighbourhoods",
                    "de": "Stadtpartnerschaft für inklusive Nachbarschaften",
                    "fr": "Partenariat urbain pour des quartiers inclusifs",
                    "pt": "Parceria municipal para bairros inclusivos",
                },
                "description": {
                    "en": "The council and local organisations meet regularly to plan joint activities that bring residents of different backgrounds together. Small grants support community events and volunteering.",
                    "de": "Stadtverwaltung und lokale Organisationen treffen sich regelmäßig, um gemeinsame Aktivitäten zu planen, die Menschen unterschiedlicher Herkunft zusammenbringen. Kleine Zuschüsse fördern Nachbarschaftsveranstaltungen und Ehrenamt.",
                    "fr": "La municipalité et les associations locales se réunissent régulièrement pour organiser des activités communes qui rassemblent des habitants de tous horizons. De petites subventions soutiennent les événements de quartier et le bénévolat.",
                    "pt": "A autarquia e as organizações locais reúnem-se regularmente para planear atividades conjuntas que aproximam residentes de diferentes origens. Pequenos apoios financeiros incentivam eventos comunitários e o voluntariado.",
                },
                "themes": ["participation-governance", "inclusion-social-cohesion"],
                "start_year": 2017,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Marvin Rees",
                "title": "mayor",
                "gender": "m",
                "term_start": "2016-05-09",
                "term_end": None,
                "biography": {
                    "en": "Elected Mayor of Bristol in 2016, previously worked in public health and community development.",
                    "de": "Seit 2016 gewählter Bürgermeister von Bristol, zuvor im Bereich öffentliche Gesundheit und Gemeinwesenentwicklung tätig.",
                    "fr": "Élu maire de Bristol en 2016, il a auparavant travaillé dans la santé publique et le développement communautaire.",
                    "pt": "Eleito presidente da câmara de Bristol em 2016, trabalhou anteriormente em saúde pública e desenvolvimento comunitário.",
                },
            },
        ],
    },
    "dakar": {
        "population": 1150000,
        "official_languages": {
            "en": "French",
            "de": "Französisch",
            "fr": "français",
            "pt": "francês",
        },
        "website": "https://villededakar.sn/",
        "contact_email": "mayors-dialogue@dakar.example.org",
        "participant_since": 2018,
        "status": "participant",
        "description": {
            "en": "Dakar is the capital of Senegal, located on the Cap-Vert peninsula at the westernmost point of mainland Africa, and a regional hub for trade, culture and international organisations.",
            "de": "Dakar ist die Hauptstadt Senegals, liegt auf der Halbinsel Cap-Vert am westlichsten Punkt des afrikanischen Festlands und ist ein regionales Zentrum für Handel, Kultur und internationale Organisationen.",
            "fr": "Dakar est la capitale du Sénégal, située sur la presqu’île du Cap-Vert à l’extrémité ouest du continent africain, et un pôle régional pour le commerce, la culture et les organisations internationales.",
            "pt": "Dacar é a capital do Senegal, situada na península do Cabo Verde, no ponto mais ocidental do continente africano, e um centro regional de comércio, cultura e organizações internacionais.",
        },
        "migration_context": {
            "en": "Dakar attracts people from across Senegal and West Africa, and many families in the city have relatives living abroad. Internal migration and coastal change both shape the growth of the wider metropolitan area.",
            "de": "Dakar zieht Menschen aus ganz Senegal und Westafrika an, und viele Familien in der Stadt haben Angehörige im Ausland. Binnenmigration und Veränderungen an der Küste prägen gleichermaßen das Wachstum des Großraums.",
            "fr": "Dakar attire des personnes venues de tout le Sénégal et d’Afrique de l’Ouest, et de nombreuses familles de la ville ont des proches vivant à l’étranger. Les migrations internes et l’évolution du littoral influencent toutes deux la croissance de l’agglomération.",
            "pt": "Dacar atrai pessoas de todo o Senegal e da África Ocidental, e muitas famílias da cidade têm familiares a viver no estrangeiro. A migração interna e as alterações na zona costeira influenciam ambas o crescimento da área metropolitana.",
        },
        "needs": [
            (
                "climate-mobility",
                {
                    "en": "Dakar seeks exchange on how to support coastal neighbourhoods affected by erosion and flooding, including residents who need to relocate.",
                    "de": "Dakar sucht den Austausch darüber, wie von Erosion und Überschwemmungen betroffene Küstenviertel unterstützt werden können, einschließlich der Bewohnerinnen und Bewohner, die umziehen müssen.",
                    "fr": "Dakar souhaite échanger sur l’accompagnement des quartiers côtiers touchés par l’érosion et les inondations, y compris des habitants qui doivent être relogés.",
                    "pt": "Dacar procura trocar experiências sobre como apoiar os bairros costeiros afetados pela erosão e pelas inundações, incluindo os residentes que precisam de ser realojados.",
                },
            ),
            (
                "urban-planning-housing",
                {
                    "en": "The city would like to learn about planning tools that help provide affordable housing for a fast-growing population.",
                    "de": "Die Stadt möchte Planungsinstrumente kennenlernen, die helfen, bezahlbaren Wohnraum für eine schnell wachsende Bevölkerung bereitzustellen.",
                    "fr": "La ville souhaite découvrir des outils de planification qui aident à offrir des logements abordables à une population en forte croissance.",
                    "pt": "A cidade gostaria de conhecer instrumentos de planeamento que ajudem a disponibilizar habitação acessível para uma população em rápido crescimento.",
                },
            ),
        ],
        "potentials": [
            (
                "diaspora-engagement",
                {
                    "en": "Dakar can share experience in working with its diaspora on investment and local development projects.",
                    "de": "Dakar kann Erfahrungen in der Zusammenarbeit mit der Diaspora bei Investitionen und lokalen Entwicklungsprojekten weitergeben.",
                    "fr": "Dakar peut partager son expérience de collaboration avec sa diaspora autour de l’investissement et de projets de développement local.",
                    "pt": "Dacar pode partilhar a sua experiência de cooperação com a diáspora em investimentos e projetos de desenvolvimento local.",
                },
            ),
            (
                "labour-migration-skills",
                {
                    "en": "The city offers knowledge of vocational training and skills programmes for young people in a dynamic urban labour market.",
                    "de": "Die Stadt bringt Wissen über Berufsausbildung und Qualifizierungsprogramme für junge Menschen in einem dynamischen städtischen Arbeitsmarkt ein.",
                    "fr": "La ville apporte sa connaissance de la formation professionnelle et des programmes de compétences destinés aux jeunes dans un marché du travail urbain dynamique.",
                    "pt": "A cidade oferece conhecimento sobre formação profissional e programas de competências para jovens num mercado de trabalho urbano dinâmico.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Diaspora desk at city hall",
                    "de": "Diaspora-Anlaufstelle im Rathaus",
                    "fr": "Guichet de la diaspora à l’hôtel de ville",
                    "pt": "Balcão da diáspora na câmara municipal",
                },
                "description": {
                    "en": "A dedicated contact point at city hall informs members of the diaspora about investment opportunities and local projects. It also helps returning residents with administrative procedures.",
                    "de": "Eine eigene Anlaufstelle im Rathaus informiert Angehörige der Diaspora über Investitionsmöglichkeiten und lokale Projekte. Sie unterstützt außerdem Rückkehrende bei Verwaltungsangelegenheiten.",
                    "fr": "Un point de contact dédié à l’hôtel de ville informe les membres de la diaspora sur les possibilités d’investissement et les projets locaux. Il accompagne aussi les personnes de retour dans leurs démarches administratives.",
                    "pt": "Um ponto de contacto dedicado na câmara municipal informa os membros da diáspora sobre oportunidades de investimento e projetos locais. Apoia também quem regressa nos procedimentos administrativos.",
                },
                "themes": ["diaspora-engagement"],
                "start_year": 2019,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Soham El Wardini",
                "title": "mayor",
                "gender": "f",
                "term_start": None,
                "term_end": None,
                "biography": {
                    "en": "Mayor of Dakar and the first woman to hold the office.",
                    "de": "Bürgermeisterin von Dakar und erste Frau in diesem Amt.",
                    "fr": "Maire de Dakar et première femme à occuper cette fonction.",
                    "pt": "Presidente da câmara de Dacar e a primeira mulher a ocupar o cargo.",
                },
            },
        ],
    },
    "durban": {
        "population": 3900000,
        "official_languages": {
            "en": "English, isiZulu and Afrikaans",
            "de": "Englisch, isiZulu und Afrikaans",
            "fr": "anglais, isiZulu et afrikaans",
            "pt": "inglês, isiZulu e afrikaans",
        },
        "website": "https://www.durban.gov.za/",
        "contact_email": "mayors-dialogue@durban.example.org",
        "participant_since": 2019,
        "status": "participant",
        "description": {
            "en": "Durban, governed by the eThekwini Metropolitan Municipality, is a major port city on South Africa’s east coast in the province of KwaZulu-Natal.",
            "de": "Durban, verwaltet von der eThekwini Metropolitan Municipality, ist eine bedeutende Hafenstadt an der Ostküste Südafrikas in der Provinz KwaZulu-Natal.",
            "fr": "Durban, administrée par la municipalité métropolitaine d’eThekwini, est une grande ville portuaire de la côte est de l’Afrique du Sud, dans la province du KwaZulu-Natal.",
            "pt": "Durban, administrada pelo Município Metropolitano de eThekwini, é uma importante cidade portuária na costa leste da África do Sul, na província de KwaZulu-Natal.",
        },
        "migration_context": {
            "en": "Durban draws people from rural KwaZulu-Natal, other South African provinces and neighbouring countries in southern Africa. The city also has a long-established community of Indian heritage.",
            "de": "Durban zieht Menschen aus dem ländlichen KwaZulu-Natal, anderen südafrikanischen Provinzen und Nachbarländern im südlichen Afrika an. Zudem lebt in der Stadt eine seit Langem ansässige Gemeinschaft indischer Herkunft.",
            "fr": "Durban attire des personnes venues des zones rurales du KwaZulu-Natal, d’autres provinces sud-africaines et de pays voisins d’Afrique australe. La ville compte aussi une communauté d’origine indienne installée de longue date.",
            "pt": "Durban atrai pessoas das zonas rurais de KwaZulu-Natal, de outras províncias sul-africanas e de países vizinhos da África Austral. A cidade tem também uma comunidade de origem indiana estabelecida há muito tempo.",
        },
        "needs": [
            (
                "inclusion-social-cohesion",
                {
                    "en": "Durban seeks approaches that strengthen trust and dialogue between residents of different origins at neighbourhood level.",
                    "de": "Durban sucht nach Ansätzen, die Vertrauen und Dialog zwischen Bewohnerinnen und Bewohnern unterschiedlicher Herkunft auf Quartiersebene stärken.",
                    "fr": "Durban cherche des approches qui renforcent la confiance et le dialogue entre habitants d’origines diverses à l’échelle des quartiers.",
                    "pt": "Durban procura abordagens que reforcem a confiança e o diálogo entre residentes de diferentes origens ao nível dos bairros.",
                },
            ),
            (
                "access-to-services",
                {
                    "en": "The municipality would like to learn how to make health and education services easier to reach for newly arrived residents.",
                    "de": "Die Stadtverwaltung möchte erfahren, wie Gesundheits- und Bildungsangebote für neu zugezogene Bewohnerinnen und Bewohner leichter zugänglich werden.",
                    "fr": "La municipalité souhaite apprendre comment rendre les services de santé et d’éducation plus accessibles aux habitants nouvellement arrivés.",
                    "pt": "O município gostaria de saber como tornar os serviços de saúde e educação mais acessíveis aos residentes recém-chegados.",
                },
            ),
        ],
        "potentials": [
            (
                "climate-mobility",
                {
                    "en": "Durban can share experience in municipal climate adaptation planning and its links with human mobility.",
                    "de": "Durban kann Erfahrungen mit kommunaler Klimaanpassungsplanung und deren Bezügen zur menschlichen Mobilität weitergeben.",
                    "fr": "Durban peut partager son expérience de la planification municipale de l’adaptation au climat et de ses liens avec la mobilité humaine.",
                    "pt": "Durban pode partilhar a sua experiência em planeamento municipal de adaptação climática e as suas ligações à mobilidade humana.",
                },
            ),
            (
                "data-evidence",
                {
                    "en": "The city offers knowledge of using local data and mapping to plan services in growing neighbourhoods.",
                    "de": "Die Stadt bringt Wissen über die Nutzung lokaler Daten und Kartierungen zur Planung von Dienstleistungen in wachsenden Stadtteilen ein.",
                    "fr": "La ville apporte sa connaissance de l’utilisation des données locales et de la cartographie pour planifier les services dans les quartiers en croissance.",
                    "pt": "A cidade oferece conhecimento sobre a utilização de dados locais e cartografia para planear serviços em bairros em crescimento.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Community-based climate adaptation",
                    "de": "Gemeinschaftsbasierte Klimaanpassung",
                    "fr": "Adaptation au climat menée avec les habitants",
                    "pt": "Adaptação climática de base comunitária",
                },
                "description": {
                    "en": "The municipality works with residents to restore riverbanks and green areas that reduce flood risks. The work also creates local jobs and improves knowledge of vulnerable areas.",
                    "de": "Die Stadtverwaltung arbeitet mit Bewohnerinnen und Bewohnern daran, Flussufer und Grünflächen wiederherzustellen, die das Hochwasserrisiko verringern. Dabei entstehen auch lokale Arbeitsplätze und bessere Kenntnisse über gefährdete Gebiete.",
                    "fr": "La municipalité travaille avec les habitants à la restauration des berges et des espaces verts qui réduisent les risques d’inondation. Ce travail crée aussi des emplois locaux et améliore la connaissance des zones vulnérables.",
                    "pt": "O município trabalha com os residentes na recuperação de margens de rios e espaços verdes que reduzem o risco de cheias. Este trabalho cria também emprego local e melhora o conhecimento das zonas vulneráveis.",
                },
                "themes": ["climate-mobility", "data-evidence"],
                "start_year": 2015,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Mxolisi Kaunda",
                "title": "mayor",
                "gender": "m",
                "term_start": "2019-09-05",
                "term_end": None,
                "biography": {
                    "en": "Mayor of eThekwini since 2019, previously a member of the KwaZulu-Natal provincial government.",
                    "de": "Bürgermeister von eThekwini seit 2019, zuvor Mitglied der Provinzregierung von KwaZulu-Natal.",
                    "fr": "Maire d’eThekwini depuis 2019, auparavant membre du gouvernement provincial du KwaZulu-Natal.",
                    "pt": "Presidente da câmara de eThekwini desde 2019, anteriormente membro do governo provincial de KwaZulu-Natal.",
                },
            },
        ],
    },
    "kampala": {
        "population": 1680000,
        "official_languages": {
            "en": "English and Swahili",
            "de": "Englisch und Swahili",
            "fr": "anglais et swahili",
            "pt": "inglês e suaíli",
        },
        "website": "https://www.kcca.go.ug/",
        "contact_email": "mayors-dialogue@kampala.example.org",
        "participant_since": 2018,
        "status": "participant",
        "description": {
            "en": "Kampala is the capital and largest city of Uganda, built across a series of hills near the northern shore of Lake Victoria.",
            "de": "Kampala ist die Hauptstadt und größte Stadt Ugandas und erstreckt sich über mehrere Hügel nahe dem Nordufer des Victoriasees.",
            "fr": "Kampala est la capitale et la plus grande ville de l’Ouganda, bâtie sur une série de collines près de la rive nord du lac Victoria.",
            "pt": "Kampala é a capital e a maior cidade do Uganda, construída sobre uma série de colinas perto da margem norte do lago Vitória.",
        },
        "migration_context": {
            "en": "Kampala grows quickly through internal migration from other parts of Uganda. Uganda hosts a large refugee population, and a number of refugees live in the capital alongside local residents.",
            "de": "Kampala wächst durch Binnenmigration aus anderen Teilen Ugandas rasch. Uganda nimmt eine große Zahl Geflüchteter auf, und ein Teil von ihnen lebt gemeinsam mit der einheimischen Bevölkerung in der Hauptstadt.",
            "fr": "Kampala connaît une croissance rapide portée par les migrations internes depuis d’autres régions de l’Ouganda. L’Ouganda accueille une importante population réfugiée, dont une partie vit dans la capitale aux côtés des habitants.",
            "pt": "Kampala cresce rapidamente com a migração interna de outras regiões do Uganda. O Uganda acolhe uma grande população refugiada, e parte dela vive na capital ao lado dos residentes locais.",
        },
        "needs": [
            (
                "urban-planning-housing",
                {
                    "en": "Kampala seeks exchange on planning approaches for informal settlements and affordable housing in a rapidly growing city.",
                    "de": "Kampala sucht den Austausch über Planungsansätze für informelle Siedlungen und bezahlbaren Wohnraum in einer schnell wachsenden Stadt.",
                    "fr": "Kampala souhaite échanger sur des approches de planification pour les quartiers informels et le logement abordable dans une ville en croissance rapide.",
                    "pt": "Kampala procura trocar experiências sobre abordagens de planeamento para bairros informais e habitação acessível numa cidade em rápido crescimento.",
                },
            ),
            (
                "participation-governance",
                {
                    "en": "The city would like to learn about ways to involve residents, including newcomers, in local decision-making.",
                    "de": "Die Stadt möchte Wege kennenlernen, Bewohnerinnen und Bewohner, einschließlich Neuankommender, in lokale Entscheidungen einzubeziehen.",
                    "fr": "La ville souhaite découvrir des moyens d’associer les habitants, y compris les nouveaux arrivants, aux décisions locales.",
                    "pt": "A cidade gostaria de conhecer formas de envolver os residentes, incluindo os recém-chegados, na tomada de decisões a nível local.",
                },
            ),
        ],
        "potentials": [
            (
                "reception-protection",
                {
                    "en": "Kampala can share experience of including urban refugees in everyday city life and local services.",
                    "de": "Kampala kann Erfahrungen mit der Einbindung städtischer Geflüchteter in das alltägliche Stadtleben und in lokale Dienstleistungen weitergeben.",
                    "fr": "Kampala peut partager son expérience de l’inclusion des réfugiés urbains dans la vie quotidienne de la ville et les services locaux.",
                    "pt": "Kampala pode partilhar a sua experiência na inclusão de refugiados urbanos no quotidiano da cidade e nos serviços locais.",
                },
            ),
            (
                "access-to-services",
                {
                    "en": "The city offers knowledge of delivering health and education services through community-based outreach.",
                    "de": "Die Stadt bringt Wissen über die Bereitstellung von Gesundheits- und Bildungsangeboten durch aufsuchende Arbeit in den Gemeinschaften ein.",
                    "fr": "La ville apporte sa connaissance de la prestation de services de santé et d’éducation grâce à des actions de proximité dans les quartiers.",
                    "pt": "A cidade oferece conhecimento sobre a prestação de serviços de saúde e educação através de ações de proximidade junto das comunidades.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Neighbourhood service points for all residents",
                    "de": "Servicestellen im Quartier für alle Bewohnerinnen und Bewohner",
                    "fr": "Points de service de quartier pour tous les habitants",
                    "pt": "Pontos de atendimento de bairro para todos os residentes",
                },
                "description": {
                    "en": "Local service points provide information on health, education and city services to residents and refugees alike. Community volunteers help people find their way to the right office.",
                    "de": "Lokale Servicestellen informieren Einheimische wie Geflüchtete gleichermaßen über Gesundheit, Bildung und städtische Dienstleistungen. Ehrenamtliche aus der Nachbarschaft helfen, den Weg zur richtigen Stelle zu finden.",
                    "fr": "Des points de service locaux informent aussi bien les habitants que les réfugiés sur la santé, l’éducation et les services municipaux. Des bénévoles du quartier aident chacun à s’orienter vers le bon guichet.",
                    "pt": "Pontos de atendimento locais informam residentes e refugiados sobre saúde, educação e serviços municipais. Voluntários da comunidade ajudam as pessoas a encontrar o serviço certo.",
                },
                "themes": ["reception-protection", "access-to-services"],
                "start_year": 2018,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Erias Lukwago",
                "title": "lord_mayor",
                "gender": "m",
                "term_start": None,
                "term_end": None,
                "biography": {
                    "en": "Lord Mayor of Kampala since 2011, a lawyer by profession.",
                    "de": "Oberbürgermeister von Kampala seit 2011, von Beruf Jurist.",
                    "fr": "Lord-maire de Kampala depuis 2011, avocat de profession.",
                    "pt": "Presidente da Câmara Municipal de Kampala desde 2011, advogado de profissão.",
                },
            },
        ],
    },
    "kanifing": {
        "population": 380000,
        "official_languages": {
            "en": "English",
            "de": "Englisch",
            "fr": "anglais",
            "pt": "inglês",
        },
        "website": "https://www.kmc.gm/",
        "contact_email": "mayors-dialogue@kanifing.example.org",
        "participant_since": 2020,
        "status": "participant",
        "description": {
            "en": "Kanifing, administered by the Kanifing Municipal Council, is the most populous local government area of The Gambia and part of the urban area around Banjul.",
            "de": "Kanifing, verwaltet vom Kanifing Municipal Council, ist das bevölkerungsreichste Verwaltungsgebiet Gambias und Teil des Ballungsraums um Banjul.",
            "fr": "Kanifing, administrée par le Kanifing Municipal Council, est la zone de gouvernement local la plus peuplée de Gambie et fait partie de l’agglomération de Banjul.",
            "pt": "Kanifing, administrada pelo Kanifing Municipal Council, é a área de governo local mais populosa da Gâmbia e faz parte da aglomeração urbana de Banjul.",
        },
        "migration_context": {
            "en": "Kanifing is shaped by internal migration and by residents from neighbouring West African countries. Many young people consider moving abroad, and remittances from the diaspora play an important role for local households.",
            "de": "Kanifing ist geprägt von Binnenmigration und von Bewohnerinnen und Bewohnern aus benachbarten westafrikanischen Ländern. Viele junge Menschen erwägen eine Auswanderung, und Geldüberweisungen aus der Diaspora spielen für lokale Haushalte eine wichtige Rolle.",
            "fr": "Kanifing est marquée par les migrations internes et par la présence d’habitants venus des pays voisins d’Afrique de l’Ouest. De nombreux jeunes envisagent de partir à l’étranger, et les transferts de fonds de la diaspora jouent un rôle important pour les ménages.",
            "pt": "Kanifing é marcada pela migração interna e por residentes de países vizinhos da África Ocidental. Muitos jovens ponderam emigrar, e as remessas da diáspora têm um papel importante para as famílias locais.",
        },
        "needs": [
            (
                "labour-migration-skills",
                {
                    "en": "Kanifing seeks partners to develop skills training that opens local job prospects and safe, regular pathways for young people.",
                    "de": "Kanifing sucht Partner für Qualifizierungsangebote, die jungen Menschen lokale Berufsperspektiven und sichere, reguläre Wege eröffnen.",
                    "fr": "Kanifing cherche des partenaires pour développer des formations qui ouvrent aux jeunes des perspectives d’emploi local et des voies sûres et régulières.",
                    "pt": "Kanifing procura parceiros para desenvolver formação que abra aos jovens perspetivas de emprego local e vias seguras e regulares.",
                },
            ),
            (
                "local-economic-development",
                {
                    "en": "The council would like to learn how to support small businesses and markets as drivers of local employment.",
                    "de": "Die Stadtverwaltung möchte erfahren, wie kleine Unternehmen und Märkte als Motoren lokaler Beschäftigung gefördert werden können.",
                    "fr": "La municipalité souhaite apprendre à soutenir les petites entreprises et les marchés comme moteurs de l’emploi local.",
                    "pt": "A autarquia gostaria de saber como apoiar as pequenas empresas e os mercados enquanto motores do emprego local.",
                },
            ),
        ],
        "potentials": [
            (
                "diaspora-engagement",
                {
                    "en": "Kanifing can share experience in engaging Gambians abroad in local projects and civic life.",
                    "de": "Kanifing kann Erfahrungen mit der Einbindung von Gambierinnen und Gambiern im Ausland in lokale Projekte und das Gemeinwesen weitergeben.",
                    "fr": "Kanifing peut partager son expérience de l’implication des Gambiens de l’étranger dans les projets locaux et la vie citoyenne.",
                    "pt": "Kanifing pode partilhar a sua experiência no envolvimento dos gambianos no estrangeiro em projetos locais e na vida cívica.",
                },
            ),
            (
                "participation-governance",
                {
                    "en": "The council offers experience with digital tools that make municipal services and revenues more transparent to residents.",
                    "de": "Die Stadtverwaltung bringt Erfahrung mit digitalen Werkzeugen ein, die kommunale Dienstleistungen und Einnahmen für die Bevölkerung transparenter machen.",
                    "fr": "La municipalité apporte son expérience d’outils numériques qui rendent les services et les recettes municipales plus transparents pour les habitants.",
                    "pt": "A autarquia oferece experiência com ferramentas digitais que tornam os serviços e as receitas municipais mais transparentes para os residentes.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Open council: digital services and dialogue",
                    "de": "Offene Stadtverwaltung: digitale Dienste und Dialog",
                    "fr": "Municipalité ouverte : services numériques et dialogue",
                    "pt": "Autarquia aberta: serviços digitais e diálogo",
                },
                "description": {
                    "en": "The council uses digital tools for payments and service requests and holds regular public meetings with residents. Members of the diaspora can follow council activities and contribute ideas online.",
                    "de": "Die Stadtverwaltung nutzt digitale Werkzeuge für Zahlungen und Serviceanfragen und hält regelmäßig öffentliche Versammlungen mit der Bevölkerung ab. Angehörige der Diaspora können die Arbeit der Verwaltung online verfolgen und Ideen einbringen.",
                    "fr": "La municipalité utilise des outils numériques pour les paiements et les demandes de service, et organise régulièrement des réunions publiques avec les habitants. Les membres de la diaspora peuvent suivre ses activités et proposer des idées en ligne.",
                    "pt": "A autarquia utiliza ferramentas digitais para pagamentos e pedidos de serviço e realiza reuniões públicas regulares com os residentes. Os membros da diáspora podem acompanhar as suas atividades e contribuir com ideias online.",
                },
                "themes": ["participation-governance", "diaspora-engagement"],
                "start_year": 2019,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Talib Ahmed Bensouda",
                "title": "mayor",
                "gender": "m",
                "term_start": None,
                "term_end": None,
                "biography": {
                    "en": "Mayor of Kanifing Municipal Council since 2018, previously active as an entrepreneur.",
                    "de": "Bürgermeister des Kanifing Municipal Council seit 2018, zuvor als Unternehmer tätig.",
                    "fr": "Maire du Kanifing Municipal Council depuis 2018, auparavant entrepreneur.",
                    "pt": "Presidente do Kanifing Municipal Council desde 2018, anteriormente empresário.",
                },
            },
        ],
    },
}
