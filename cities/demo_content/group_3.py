"""Demo profiles, part of cities.demo_content."""

PROFILES = {
    "lisbon": {
        "population": 545000,
        "official_languages": {
            "en": "Portuguese",
            "de": "Portugiesisch",
            "fr": "portugais",
            "pt": "português",
        },
        "website": "https://www.lisboa.pt/",
        "contact_email": "mayors-dialogue@lisbon.example.org",
        "participant_since": 2019,
        "status": "participant",
        "description": {
            "en": "Lisbon is the capital of Portugal, a port city on the Tagus estuary with long-standing ties to Africa, Brazil and the wider Lusophone world.",
            "de": "Lissabon ist die Hauptstadt Portugals, eine Hafenstadt an der Tejomündung mit langjährigen Verbindungen nach Afrika, Brasilien und in die gesamte lusophone Welt.",
            "fr": "Lisbonne est la capitale du Portugal, une ville portuaire sur l’estuaire du Tage, aux liens anciens avec l’Afrique, le Brésil et l’ensemble du monde lusophone.",
            "pt": "Lisboa é a capital de Portugal, uma cidade portuária no estuário do Tejo com laços antigos a África, ao Brasil e a todo o mundo lusófono.",
        },
        "migration_context": {
            "en": "Lisbon is home to residents from many countries, including large communities with roots in Portuguese-speaking African countries and Brazil. In recent years the city has also welcomed a growing number of newcomers from Asia and elsewhere in Europe.",
            "de": "In Lissabon leben Menschen aus vielen Ländern, darunter große Gemeinschaften mit Wurzeln in portugiesischsprachigen afrikanischen Ländern und in Brasilien. In den letzten Jahren hat die Stadt zudem immer mehr Zugezogene aus Asien und anderen Teilen Europas aufgenommen.",
            "fr": "Lisbonne accueille des habitants de nombreux pays, dont d’importantes communautés originaires des pays africains lusophones et du Brésil. Ces dernières années, la ville a aussi accueilli un nombre croissant de nouveaux arrivants d’Asie et d’ailleurs en Europe.",
            "pt": "Lisboa acolhe residentes de muitos países, incluindo grandes comunidades com raízes nos países africanos de língua portuguesa e no Brasil. Nos últimos anos, a cidade tem também recebido cada vez mais recém-chegados da Ásia e de outras partes da Europa.",
        },
        "needs": [
            (
                "reception-protection",
                {
                    "en": "Lisbon seeks exchange on coordinating the first reception of asylum seekers and refugees between municipal, national and civil society actors.",
                    "de": "Lissabon sucht den Austausch darüber, wie die Erstaufnahme von Asylsuchenden und Geflüchteten zwischen kommunalen, staatlichen und zivilgesellschaftlichen Akteuren koordiniert werden kann.",
                    "fr": "Lisbonne souhaite échanger sur la coordination du premier accueil des demandeurs d’asile et des réfugiés entre acteurs municipaux, nationaux et de la société civile.",
                    "pt": "Lisboa procura trocar experiências sobre a coordenação do primeiro acolhimento de requerentes de asilo e refugiados entre atores municipais, nacionais e da sociedade civil.",
                },
            ),
            (
                "access-to-services",
                {
                    "en": "The city wants to learn how others make health, education and administrative services easier to reach for newcomers who do not yet speak Portuguese.",
                    "de": "Die Stadt möchte erfahren, wie andere Städte Gesundheits-, Bildungs- und Verwaltungsdienste für Zugezogene ohne Portugiesischkenntnisse leichter zugänglich machen.",
                    "fr": "La ville souhaite apprendre comment d’autres rendent les services de santé, d’éducation et d’administration plus accessibles aux nouveaux arrivants qui ne parlent pas encore portugais.",
                    "pt": "A cidade quer aprender como outras tornam os serviços de saúde, educação e administração mais acessíveis a recém-chegados que ainda não falam português.",
                },
            ),
        ],
        "potentials": [
            (
                "diaspora-engagement",
                {
                    "en": "Lisbon can share its experience of working with diaspora associations from Portuguese-speaking countries as partners in local life.",
                    "de": "Lissabon kann seine Erfahrungen in der Zusammenarbeit mit Diaspora-Vereinen aus portugiesischsprachigen Ländern als Partnern im städtischen Leben teilen.",
                    "fr": "Lisbonne peut partager son expérience de collaboration avec les associations de la diaspora des pays lusophones, en tant que partenaires de la vie locale.",
                    "pt": "Lisboa pode partilhar a sua experiência de trabalho com associações da diáspora dos países lusófonos enquanto parceiras da vida local.",
                },
            ),
            (
                "urban-planning-housing",
                {
                    "en": "The city offers expertise in neighbourhood regeneration programmes that combine housing improvements with local social support.",
                    "de": "Die Stadt bietet Fachwissen zu Programmen der Quartierserneuerung, die Wohnraumverbesserung mit sozialer Unterstützung vor Ort verbinden.",
                    "fr": "La ville offre son expertise en matière de programmes de requalification des quartiers associant amélioration du logement et accompagnement social de proximité.",
                    "pt": "A cidade oferece experiência em programas de requalificação de bairros que conjugam a melhoria da habitação com apoio social de proximidade.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Neighbourhood partnership with diaspora associations",
                    "de": "Quartierspartnerschaft mit Diaspora-Vereinen",
                    "fr": "Partenariat de quartier avec les associations de la diaspora",
                    "pt": "Parceria de bairro com associações da diáspora",
                },
                "description": {
                    "en": "The city supports local projects co-designed with diaspora associations, from homework help to cultural events. Associations receive small grants and regular contact with municipal staff.",
                    "de": "Die Stadt unterstützt lokale Projekte, die gemeinsam mit Diaspora-Vereinen entwickelt werden, von der Hausaufgabenhilfe bis zu Kulturveranstaltungen. Die Vereine erhalten kleine Zuschüsse und feste Ansprechpersonen in der Verwaltung.",
                    "fr": "La ville soutient des projets locaux conçus avec les associations de la diaspora, de l’aide aux devoirs aux événements culturels. Les associations bénéficient de petites subventions et d’un contact régulier avec les services municipaux.",
                    "pt": "A cidade apoia projetos locais concebidos em conjunto com associações da diáspora, desde o apoio ao estudo a eventos culturais. As associações recebem pequenos apoios financeiros e contacto regular com os serviços municipais.",
                },
                "themes": ["diaspora-engagement", "inclusion-social-cohesion"],
                "start_year": 2018,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Fernando Medina",
                "title": "mayor",
                "gender": "m",
                "term_start": "2015-04-06",
                "term_end": "2021-10-18",
                "biography": {
                    "en": "Mayor of Lisbon from 2015 to 2021, an economist by training.",
                    "de": "Bürgermeister von Lissabon von 2015 bis 2021, Ökonom von Beruf.",
                    "fr": "Maire de Lisbonne de 2015 à 2021, économiste de formation.",
                    "pt": "Presidente da Câmara Municipal de Lisboa de 2015 a 2021, economista de formação.",
                },
            },
            {
                "name": "Carlos Moedas",
                "title": "mayor",
                "gender": "m",
                "term_start": "2021-10-18",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Lisbon since 2021, previously European Commissioner for Research, Science and Innovation.",
                    "de": "Bürgermeister von Lissabon seit 2021, zuvor EU-Kommissar für Forschung, Wissenschaft und Innovation.",
                    "fr": "Maire de Lisbonne depuis 2021, auparavant commissaire européen à la Recherche, à la Science et à l’Innovation.",
                    "pt": "Presidente da Câmara Municipal de Lisboa desde 2021, anteriormente Comissário Europeu para a Investigação, Ciência e Inovação.",
                },
            },
        ],
    },
    "mannheim": {
        "population": 310000,
        "official_languages": {"en": "German", "de": "Deutsch", "fr": "allemand", "pt": "alemão"},
        "website": "https://www.mannheim.de/",
        "contact_email": "mayors-dialogue@mannheim.example.org",
        "participant_since": 2019,
        "status": "participant",
        "description": {
            "en": "Mannheim is a city in south-western Germany at the confluence of the Rhine and the Neckar, known for its industry, university and grid-shaped city centre.",
            "de": "Mannheim ist eine Stadt im Südwesten Deutschlands am Zusammenfluss von Rhein und Neckar, bekannt für ihre Industrie, ihre Universität und die quadratisch angelegte Innenstadt.",
            "fr": "Mannheim est une ville du sud-ouest de l’Allemagne, au confluent du Rhin et du Neckar, connue pour son industrie, son université et son centre-ville en damier.",
            "pt": "Mannheim é uma cidade do sudoeste da Alemanha, na confluência do Reno e do Neckar, conhecida pela sua indústria, pela sua universidade e pelo centro em quadrícula.",
        },
        "migration_context": {
            "en": "Since the post-war labour recruitment period, Mannheim has been shaped by migration, and a large share of its residents have an international background. The city is home to people from a great many countries.",
            "de": "Seit der Zeit der Anwerbung von Arbeitskräften in der Nachkriegszeit ist Mannheim von Migration geprägt, und ein großer Teil der Bevölkerung hat eine internationale Familiengeschichte. In der Stadt leben Menschen aus sehr vielen Ländern.",
            "fr": "Depuis la période de recrutement de main-d’œuvre de l’après-guerre, Mannheim est marquée par les migrations, et une grande partie de ses habitants a des origines internationales. La ville compte des habitants originaires de très nombreux pays.",
            "pt": "Desde o período de recrutamento de mão de obra do pós-guerra, Mannheim tem sido marcada pela migração, e uma grande parte dos seus habitantes tem origens internacionais. A cidade acolhe pessoas de muitíssimos países.",
        },
        "needs": [
            (
                "diaspora-engagement",
                {
                    "en": "Mannheim would like to learn how partner cities involve diaspora communities in development cooperation and city partnerships.",
                    "de": "Mannheim möchte erfahren, wie Partnerstädte Diaspora-Gemeinschaften in Entwicklungszusammenarbeit und Städtepartnerschaften einbinden.",
                    "fr": "Mannheim souhaite découvrir comment les villes partenaires associent les communautés de la diaspora à la coopération au développement et aux partenariats entre villes.",
                    "pt": "Mannheim gostaria de saber como as cidades parceiras envolvem as comunidades da diáspora na cooperação para o desenvolvimento e nas parcerias entre cidades.",
                },
            ),
            (
                "climate-mobility",
                {
                    "en": "The city seeks exchange on how climate change affects mobility in partner regions and what this means for municipal cooperation.",
                    "de": "Die Stadt sucht den Austausch darüber, wie sich der Klimawandel auf Mobilität in Partnerregionen auswirkt und was dies für die kommunale Zusammenarbeit bedeutet.",
                    "fr": "La ville souhaite échanger sur les effets du changement climatique sur la mobilité dans les régions partenaires et sur leurs conséquences pour la coopération municipale.",
                    "pt": "A cidade procura trocar experiências sobre a forma como as alterações climáticas afetam a mobilidade nas regiões parceiras e o que isso significa para a cooperação municipal.",
                },
            ),
        ],
        "potentials": [
            (
                "labour-migration-skills",
                {
                    "en": "Mannheim can share experience in recognising foreign qualifications and guiding newcomers into training and employment.",
                    "de": "Mannheim kann Erfahrungen mit der Anerkennung ausländischer Qualifikationen und der Begleitung von Zugezogenen in Ausbildung und Beschäftigung teilen.",
                    "fr": "Mannheim peut partager son expérience en matière de reconnaissance des qualifications étrangères et d’accompagnement des nouveaux arrivants vers la formation et l’emploi.",
                    "pt": "Mannheim pode partilhar experiência no reconhecimento de qualificações estrangeiras e no encaminhamento de recém-chegados para formação e emprego.",
                },
            ),
            (
                "inclusion-social-cohesion",
                {
                    "en": "The city offers expertise in local alliances that bring together associations, businesses and administration for a diverse and open urban society.",
                    "de": "Die Stadt bietet Fachwissen zu lokalen Bündnissen, in denen Vereine, Unternehmen und Verwaltung gemeinsam für eine vielfältige und offene Stadtgesellschaft eintreten.",
                    "fr": "La ville offre son expertise en matière d’alliances locales réunissant associations, entreprises et administration en faveur d’une société urbaine diverse et ouverte.",
                    "pt": "A cidade oferece experiência em alianças locais que reúnem associações, empresas e administração em prol de uma sociedade urbana diversa e aberta.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Welcome centre for international skilled workers",
                    "de": "Willkommenszentrum für internationale Fachkräfte",
                    "fr": "Centre d’accueil pour les travailleurs qualifiés internationaux",
                    "pt": "Centro de acolhimento para profissionais qualificados internacionais",
                },
                "description": {
                    "en": "A single contact point advises newcomers and employers on residence, recognition of qualifications and language courses. It works closely with local chambers and the job centre.",
                    "de": "Eine zentrale Anlaufstelle berät Zugezogene und Arbeitgeber zu Aufenthalt, Anerkennung von Qualifikationen und Sprachkursen. Sie arbeitet eng mit den örtlichen Kammern und dem Jobcenter zusammen.",
                    "fr": "Un guichet unique conseille les nouveaux arrivants et les employeurs sur le séjour, la reconnaissance des qualifications et les cours de langue. Il travaille en étroite collaboration avec les chambres consulaires et l’agence pour l’emploi.",
                    "pt": "Um balcão único aconselha recém-chegados e empregadores sobre residência, reconhecimento de qualificações e cursos de língua. Trabalha em estreita colaboração com as câmaras de comércio locais e o centro de emprego.",
                },
                "themes": ["labour-migration-skills"],
                "start_year": 2016,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Peter Kurz",
                "title": "lord_mayor",
                "gender": "m",
                "term_start": "2007-08-01",
                "term_end": None,
                "biography": {
                    "en": "Lord Mayor of Mannheim since 2007, a lawyer by training.",
                    "de": "Oberbürgermeister von Mannheim seit 2007, Jurist von Beruf.",
                    "fr": "Lord-maire de Mannheim depuis 2007, juriste de formation.",
                    "pt": "Presidente da Câmara Municipal de Mannheim desde 2007, jurista de formação.",
                },
            },
        ],
    },
    "maputo": {
        "population": 1100000,
        "official_languages": {
            "en": "Portuguese",
            "de": "Portugiesisch",
            "fr": "portugais",
            "pt": "português",
        },
        "website": "https://www.cmmaputo.gov.mz/",
        "contact_email": "mayors-dialogue@maputo.example.org",
        "participant_since": 2021,
        "status": "participant",
        "description": {
            "en": "Maputo is the capital and largest city of Mozambique, located on Maputo Bay on the Indian Ocean.",
            "de": "Maputo ist die Hauptstadt und größte Stadt Mosambiks und liegt an der Maputo-Bucht am Indischen Ozean.",
            "fr": "Maputo est la capitale et la plus grande ville du Mozambique, située sur la baie de Maputo, au bord de l’océan Indien.",
            "pt": "Maputo é a capital e a maior cidade de Moçambique, situada na baía de Maputo, no oceano Índico.",
        },
        "migration_context": {
            "en": "Maputo attracts people from other provinces of Mozambique who come for work, education and services. The city also has long-standing mobility links with South Africa and other countries in the region.",
            "de": "Maputo zieht Menschen aus anderen Provinzen Mosambiks an, die wegen Arbeit, Bildung und Dienstleistungen in die Stadt kommen. Zudem bestehen seit Langem enge Mobilitätsbeziehungen zu Südafrika und anderen Ländern der Region.",
            "fr": "Maputo attire des habitants d’autres provinces du Mozambique venus pour le travail, les études et les services. La ville entretient aussi des liens de mobilité anciens avec l’Afrique du Sud et d’autres pays de la région.",
            "pt": "Maputo atrai pessoas de outras províncias de Moçambique que procuram trabalho, educação e serviços. A cidade mantém também ligações de mobilidade antigas com a África do Sul e outros países da região.",
        },
        "needs": [
            (
                "climate-mobility",
                {
                    "en": "Maputo seeks partners to plan for residents displaced by flooding, coastal erosion and other climate-related events.",
                    "de": "Maputo sucht Partner bei der Planung für Bewohnerinnen und Bewohner, die durch Überschwemmungen, Küstenerosion und andere klimabedingte Ereignisse vertrieben werden.",
                    "fr": "Maputo cherche des partenaires pour anticiper la situation des habitants déplacés par les inondations, l’érosion côtière et d’autres phénomènes liés au climat.",
                    "pt": "Maputo procura parceiros para planear o apoio a residentes deslocados por cheias, erosão costeira e outros fenómenos ligados ao clima.",
                },
            ),
            (
                "data-evidence",
                {
                    "en": "The city would like support in collecting and using local data on population movements to inform planning decisions.",
                    "de": "Die Stadt wünscht sich Unterstützung bei der Erhebung und Nutzung lokaler Daten zu Bevölkerungsbewegungen als Grundlage für Planungsentscheidungen.",
                    "fr": "La ville souhaite un appui pour collecter et utiliser des données locales sur les mouvements de population afin d’éclairer ses décisions d’aménagement.",
                    "pt": "A cidade gostaria de apoio na recolha e utilização de dados locais sobre movimentos populacionais para fundamentar as decisões de planeamento.",
                },
            ),
        ],
        "potentials": [
            (
                "urban-planning-housing",
                {
                    "en": "Maputo can share experience in upgrading informal neighbourhoods together with residents and community leaders.",
                    "de": "Maputo kann Erfahrungen mit der Aufwertung informeller Stadtviertel gemeinsam mit Bewohnerschaft und lokalen Gemeinschaftsvertretern teilen.",
                    "fr": "Maputo peut partager son expérience de réhabilitation des quartiers informels menée avec les habitants et les responsables communautaires.",
                    "pt": "Maputo pode partilhar experiência na requalificação de bairros informais em conjunto com os moradores e os líderes comunitários.",
                },
            ),
            (
                "local-economic-development",
                {
                    "en": "The city offers knowledge on supporting informal traders and markets as a source of livelihoods for new and long-term residents.",
                    "de": "Die Stadt bietet Wissen darüber, wie informelle Händlerinnen, Händler und Märkte als Lebensgrundlage für neue und alteingesessene Bewohner gefördert werden können.",
                    "fr": "La ville offre ses connaissances sur l’appui aux commerçants informels et aux marchés, sources de revenus pour les habitants nouveaux comme anciens.",
                    "pt": "A cidade oferece conhecimento sobre o apoio a comerciantes informais e mercados enquanto fonte de sustento para residentes novos e antigos.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Participatory upgrading of informal neighbourhoods",
                    "de": "Partizipative Aufwertung informeller Stadtviertel",
                    "fr": "Réhabilitation participative des quartiers informels",
                    "pt": "Requalificação participativa de bairros informais",
                },
                "description": {
                    "en": "Neighbourhood committees and municipal planners jointly set priorities for roads, drainage and public spaces. Residents are consulted at each stage of the works.",
                    "de": "Quartierskomitees und städtische Planerinnen und Planer legen gemeinsam Prioritäten für Straßen, Entwässerung und öffentliche Räume fest. Die Bewohnerschaft wird in jeder Phase der Arbeiten einbezogen.",
                    "fr": "Les comités de quartier et les urbanistes municipaux fixent ensemble les priorités en matière de voirie, de drainage et d’espaces publics. Les habitants sont consultés à chaque étape des travaux.",
                    "pt": "Os comités de bairro e os técnicos municipais de planeamento definem em conjunto as prioridades para arruamentos, drenagem e espaços públicos. Os moradores são consultados em cada fase das obras.",
                },
                "themes": ["urban-planning-housing", "participation-governance"],
                "start_year": 2019,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Eneas Comiche",
                "title": "mayor",
                "gender": "m",
                "term_start": "2019-02-07",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Maputo since 2019, having also led the city in an earlier term.",
                    "de": "Bürgermeister von Maputo seit 2019, der die Stadt bereits in einer früheren Amtszeit geführt hat.",
                    "fr": "Maire de Maputo depuis 2019, ayant déjà dirigé la ville lors d’un précédent mandat.",
                    "pt": "Presidente do Conselho Municipal de Maputo desde 2019, tendo já dirigido a cidade num mandato anterior.",
                },
            },
        ],
    },
    "paris": {
        "population": 2165000,
        "official_languages": {
            "en": "French",
            "de": "Französisch",
            "fr": "français",
            "pt": "francês",
        },
        "website": "https://www.paris.fr/",
        "contact_email": "mayors-dialogue@paris.example.org",
        "participant_since": 2020,
        "status": "participant",
        "description": {
            "en": "Paris is the capital of France and the centre of a large metropolitan region on the Seine.",
            "de": "Paris ist die Hauptstadt Frankreichs und das Zentrum einer großen Metropolregion an der Seine.",
            "fr": "Paris est la capitale de la France et le cœur d’une grande région métropolitaine sur la Seine.",
            "pt": "Paris é a capital de França e o centro de uma grande região metropolitana nas margens do Sena.",
        },
        "migration_context": {
            "en": "Paris has a long history as a destination for people from across Europe, Africa and beyond, and many Parisians have family ties abroad. The city is also an important place of arrival for asylum seekers in France.",
            "de": "Paris ist seit Langem Ziel von Menschen aus ganz Europa, Afrika und darüber hinaus, und viele Pariserinnen und Pariser haben familiäre Bindungen ins Ausland. Die Stadt ist zudem ein wichtiger Ankunftsort für Asylsuchende in Frankreich.",
            "fr": "Paris accueille depuis longtemps des personnes venues de toute l’Europe, d’Afrique et d’ailleurs, et de nombreux Parisiens ont des liens familiaux à l’étranger. La ville est aussi un lieu d’arrivée important pour les demandeurs d’asile en France.",
            "pt": "Paris é há muito um destino de pessoas vindas de toda a Europa, de África e de outras regiões, e muitos parisienses têm laços familiares no estrangeiro. A cidade é também um importante local de chegada de requerentes de asilo em França.",
        },
        "needs": [
            (
                "participation-governance",
                {
                    "en": "Paris seeks exchange on involving residents without voting rights in local decision-making and neighbourhood councils.",
                    "de": "Paris sucht den Austausch darüber, wie Einwohnerinnen und Einwohner ohne Wahlrecht in lokale Entscheidungen und Stadtteilräte einbezogen werden können.",
                    "fr": "Paris souhaite échanger sur la participation des habitants sans droit de vote aux décisions locales et aux conseils de quartier.",
                    "pt": "Paris procura trocar experiências sobre a participação de residentes sem direito de voto nas decisões locais e nos conselhos de bairro.",
                },
            ),
            (
                "inclusion-social-cohesion",
                {
                    "en": "The city wants to learn from partners how to strengthen ties between long-standing residents and newcomers in diverse neighbourhoods.",
                    "de": "Die Stadt möchte von Partnern lernen, wie sich die Verbindungen zwischen alteingesessenen und neu zugezogenen Menschen in vielfältigen Stadtvierteln stärken lassen.",
                    "fr": "La ville souhaite apprendre de ses partenaires comment renforcer les liens entre habitants de longue date et nouveaux arrivants dans des quartiers divers.",
                    "pt": "A cidade quer aprender com os parceiros como reforçar os laços entre residentes de longa data e recém-chegados em bairros diversos.",
                },
            ),
        ],
        "potentials": [
            (
                "access-to-services",
                {
                    "en": "Paris can share experience in running local access points that guide newcomers to social, health and legal services.",
                    "de": "Paris kann Erfahrungen mit lokalen Anlaufstellen teilen, die Zugezogene zu sozialen, gesundheitlichen und rechtlichen Diensten lotsen.",
                    "fr": "Paris peut partager son expérience de points d’accès de proximité qui orientent les nouveaux arrivants vers les services sociaux, de santé et juridiques.",
                    "pt": "Paris pode partilhar experiência na gestão de pontos de acesso locais que encaminham recém-chegados para serviços sociais, de saúde e jurídicos.",
                },
            ),
            (
                "reception-protection",
                {
                    "en": "The city offers expertise in coordinating emergency shelter and initial support with associations and national services.",
                    "de": "Die Stadt bietet Fachwissen zur Koordinierung von Notunterkünften und Erstunterstützung gemeinsam mit Vereinen und staatlichen Stellen.",
                    "fr": "La ville offre son expertise en matière de coordination de l’hébergement d’urgence et du premier accompagnement avec les associations et les services de l’État.",
                    "pt": "A cidade oferece experiência na coordenação do alojamento de emergência e do primeiro apoio com associações e serviços do Estado.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Neighbourhood orientation points for newcomers",
                    "de": "Orientierungsstellen für Zugezogene in den Stadtvierteln",
                    "fr": "Points d’orientation de quartier pour les nouveaux arrivants",
                    "pt": "Pontos de orientação de bairro para recém-chegados",
                },
                "description": {
                    "en": "Staff and volunteers in district offices provide first information and referrals in several languages. Partner associations offer follow-up support.",
                    "de": "Mitarbeitende und Ehrenamtliche in den Bezirksverwaltungen bieten erste Informationen und Weitervermittlung in mehreren Sprachen. Partnervereine übernehmen die weitere Begleitung.",
                    "fr": "Des agents et des bénévoles dans les mairies d’arrondissement fournissent une première information et une orientation en plusieurs langues. Des associations partenaires assurent le suivi.",
                    "pt": "Funcionários e voluntários nos serviços municipais de bairro prestam uma primeira informação e encaminhamento em várias línguas. Associações parceiras asseguram o acompanhamento.",
                },
                "themes": ["access-to-services"],
                "start_year": 2017,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Anne Hidalgo",
                "title": "mayor",
                "gender": "f",
                "term_start": "2014-04-05",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Paris since 2014, previously First Deputy Mayor of the city.",
                    "de": "Bürgermeisterin von Paris seit 2014, zuvor Erste Stellvertretende Bürgermeisterin der Stadt.",
                    "fr": "Maire de Paris depuis 2014, auparavant première adjointe au maire de la ville.",
                    "pt": "Presidente da Câmara de Paris desde 2014, anteriormente primeira vice-presidente da Câmara da cidade.",
                },
            },
        ],
    },
    "tunis": {
        "population": 640000,
        "official_languages": {"en": "Arabic", "de": "Arabisch", "fr": "arabe", "pt": "árabe"},
        "website": "http://www.commune-tunis.gov.tn/",
        "contact_email": "mayors-dialogue@tunis.example.org",
        "participant_since": 2019,
        "status": "participant",
        "description": {
            "en": "Tunis is the capital of Tunisia, a Mediterranean city whose historic medina is a UNESCO World Heritage Site.",
            "de": "Tunis ist die Hauptstadt Tunesiens, eine Mittelmeerstadt, deren historische Medina zum UNESCO-Welterbe gehört.",
            "fr": "Tunis est la capitale de la Tunisie, une ville méditerranéenne dont la médina historique est inscrite au patrimoine mondial de l’UNESCO.",
            "pt": "Tunes é a capital da Tunísia, uma cidade mediterrânica cuja medina histórica é Património Mundial da UNESCO.",
        },
        "migration_context": {
            "en": "Tunis is a place of departure, return and arrival: many families have relatives abroad, especially in Europe, and the city hosts students and workers from other African countries. Internal migration from other regions of Tunisia also shapes the capital.",
            "de": "Tunis ist ein Ort des Aufbruchs, der Rückkehr und der Ankunft: Viele Familien haben Angehörige im Ausland, vor allem in Europa, und in der Stadt leben Studierende und Beschäftigte aus anderen afrikanischen Ländern. Auch die Binnenmigration aus anderen Regionen Tunesiens prägt die Hauptstadt.",
            "fr": "Tunis est à la fois un lieu de départ, de retour et d’arrivée : de nombreuses familles ont des proches à l’étranger, surtout en Europe, et la ville accueille des étudiants et des travailleurs d’autres pays africains. La migration interne depuis les autres régions de Tunisie marque aussi la capitale.",
            "pt": "Tunes é simultaneamente um lugar de partida, regresso e chegada: muitas famílias têm familiares no estrangeiro, sobretudo na Europa, e a cidade acolhe estudantes e trabalhadores de outros países africanos. A migração interna a partir de outras regiões da Tunísia marca também a capital.",
        },
        "needs": [
            (
                "labour-migration-skills",
                {
                    "en": "Tunis seeks exchange on skills partnerships that benefit both young jobseekers and the local economy.",
                    "de": "Tunis sucht den Austausch über Qualifizierungspartnerschaften, die sowohl jungen Arbeitsuchenden als auch der lokalen Wirtschaft zugutekommen.",
                    "fr": "Tunis souhaite échanger sur des partenariats de compétences qui profitent à la fois aux jeunes demandeurs d’emploi et à l’économie locale.",
                    "pt": "Tunes procura trocar experiências sobre parcerias de competências que beneficiem tanto os jovens à procura de emprego como a economia local.",
                },
            ),
            (
                "inclusion-social-cohesion",
                {
                    "en": "The city would like to learn how other municipalities support the social inclusion of migrants from other African countries.",
                    "de": "Die Stadt möchte erfahren, wie andere Kommunen die soziale Teilhabe von Migrantinnen und Migranten aus anderen afrikanischen Ländern fördern.",
                    "fr": "La ville souhaite découvrir comment d’autres municipalités favorisent l’inclusion sociale des migrants venus d’autres pays africains.",
                    "pt": "A cidade gostaria de saber como outros municípios apoiam a inclusão social de migrantes de outros países africanos.",
                },
            ),
        ],
        "potentials": [
            (
                "data-evidence",
                {
                    "en": "Tunis can share experience in building a local picture of migration by bringing together municipal, academic and civil society sources.",
                    "de": "Tunis kann Erfahrungen dabei teilen, ein lokales Lagebild zur Migration zu erstellen, indem kommunale, wissenschaftliche und zivilgesellschaftliche Quellen zusammengeführt werden.",
                    "fr": "Tunis peut partager son expérience dans la construction d’un état des lieux local des migrations, en réunissant des sources municipales, universitaires et associatives.",
                    "pt": "Tunes pode partilhar experiência na construção de um retrato local da migração, reunindo fontes municipais, académicas e da sociedade civil.",
                },
            ),
            (
                "local-economic-development",
                {
                    "en": "The city offers knowledge on supporting small businesses and crafts in the medina as a source of local employment.",
                    "de": "Die Stadt bietet Wissen zur Förderung kleiner Betriebe und des Handwerks in der Medina als Quelle lokaler Beschäftigung.",
                    "fr": "La ville offre ses connaissances sur l’appui aux petites entreprises et à l’artisanat de la médina, sources d’emploi local.",
                    "pt": "A cidade oferece conhecimento sobre o apoio às pequenas empresas e ao artesanato da medina enquanto fonte de emprego local.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Municipal information desk for migrants",
                    "de": "Kommunale Informationsstelle für Migrantinnen und Migranten",
                    "fr": "Guichet municipal d’information pour les migrants",
                    "pt": "Balcão municipal de informação para migrantes",
                },
                "description": {
                    "en": "A municipal desk provides information on local services and refers migrants to partner organisations. Anonymised records of requests help the city understand needs over time.",
                    "de": "Eine kommunale Anlaufstelle informiert über lokale Dienstleistungen und vermittelt Migrantinnen und Migranten an Partnerorganisationen. Anonymisierte Aufzeichnungen der Anfragen helfen der Stadt, den Bedarf im Zeitverlauf zu verstehen.",
                    "fr": "Un guichet municipal informe sur les services locaux et oriente les migrants vers des organisations partenaires. Le suivi anonymisé des demandes aide la ville à mieux comprendre les besoins au fil du temps.",
                    "pt": "Um balcão municipal presta informação sobre serviços locais e encaminha migrantes para organizações parceiras. O registo anonimizado dos pedidos ajuda a cidade a compreender as necessidades ao longo do tempo.",
                },
                "themes": ["data-evidence", "access-to-services"],
                "start_year": 2019,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Souad Abderrahim",
                "title": "mayor",
                "gender": "f",
                "term_start": "2018-07-03",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Tunis since 2018, the first woman to hold this office.",
                    "de": "Bürgermeisterin von Tunis seit 2018 und die erste Frau in diesem Amt.",
                    "fr": "Maire de Tunis depuis 2018, première femme à occuper cette fonction.",
                    "pt": "Presidente da Câmara de Tunes desde 2018, a primeira mulher a ocupar este cargo.",
                },
            },
        ],
    },
    "zurich": {
        "population": 420000,
        "official_languages": {"en": "German", "de": "Deutsch", "fr": "allemand", "pt": "alemão"},
        "website": "https://www.stadt-zuerich.ch/",
        "contact_email": "mayors-dialogue@zurich.example.org",
        "participant_since": 2021,
        "status": "participant",
        "description": {
            "en": "Zurich is the largest city in Switzerland, located on Lake Zurich and known as a centre of finance, research and culture.",
            "de": "Zürich ist die größte Stadt der Schweiz, liegt am Zürichsee und ist als Zentrum für Finanzwesen, Forschung und Kultur bekannt.",
            "fr": "Zurich est la plus grande ville de Suisse, située au bord du lac de Zurich et connue comme centre de la finance, de la recherche et de la culture.",
            "pt": "Zurique é a maior cidade da Suíça, situada junto ao lago de Zurique e conhecida como centro financeiro, científico e cultural.",
        },
        "migration_context": {
            "en": "About a third of Zurich’s residents do not hold Swiss citizenship, and the city attracts workers, students and researchers from around the world. Zurich also receives asylum seekers allocated by the canton.",
            "de": "Rund ein Drittel der Zürcher Bevölkerung besitzt keinen Schweizer Pass, und die Stadt zieht Arbeitskräfte, Studierende und Forschende aus aller Welt an. Zudem nimmt Zürich Asylsuchende auf, die vom Kanton zugewiesen werden.",
            "fr": "Environ un tiers des habitants de Zurich n’ont pas la nationalité suisse, et la ville attire des travailleurs, des étudiants et des chercheurs du monde entier. Zurich accueille aussi des demandeurs d’asile attribués par le canton.",
            "pt": "Cerca de um terço dos residentes de Zurique não tem nacionalidade suíça, e a cidade atrai trabalhadores, estudantes e investigadores de todo o mundo. Zurique acolhe também requerentes de asilo atribuídos pelo cantão.",
        },
        "needs": [
            (
                "data-evidence",
                {
                    "en": "Zurich seeks exchange on using data responsibly to understand the situation of residents with uncertain residence status.",
                    "de": "Zürich sucht den Austausch darüber, wie Daten verantwortungsvoll genutzt werden können, um die Lage von Einwohnerinnen und Einwohnern mit unsicherem Aufenthaltsstatus zu verstehen.",
                    "fr": "Zurich souhaite échanger sur l’utilisation responsable des données pour comprendre la situation des habitants au statut de séjour incertain.",
                    "pt": "Zurique procura trocar experiências sobre a utilização responsável de dados para compreender a situação de residentes com estatuto de residência incerto.",
                },
            ),
            (
                "participation-governance",
                {
                    "en": "The city wants to learn how partners give foreign residents a stronger voice in local affairs.",
                    "de": "Die Stadt möchte erfahren, wie Partnerstädte ausländischen Einwohnerinnen und Einwohnern eine stärkere Stimme in lokalen Angelegenheiten geben.",
                    "fr": "La ville souhaite apprendre comment ses partenaires donnent aux résidents étrangers une voix plus forte dans les affaires locales.",
                    "pt": "A cidade quer saber como os parceiros dão aos residentes estrangeiros uma voz mais forte nos assuntos locais.",
                },
            ),
        ],
        "potentials": [
            (
                "access-to-services",
                {
                    "en": "Zurich can share experience in welcoming newcomers with information sessions and materials in many languages.",
                    "de": "Zürich kann Erfahrungen mit der Begrüßung von Zugezogenen durch Informationsveranstaltungen und mehrsprachige Materialien teilen.",
                    "fr": "Zurich peut partager son expérience de l’accueil des nouveaux arrivants grâce à des séances d’information et à des supports en de nombreuses langues.",
                    "pt": "Zurique pode partilhar experiência no acolhimento de recém-chegados através de sessões de informação e materiais em muitas línguas.",
                },
            ),
            (
                "labour-migration-skills",
                {
                    "en": "The city offers expertise in language and job-readiness programmes that help refugees and migrants enter the labour market.",
                    "de": "Die Stadt bietet Fachwissen zu Sprach- und Arbeitsmarktvorbereitungsprogrammen, die Geflüchteten und Zugewanderten den Einstieg ins Erwerbsleben erleichtern.",
                    "fr": "La ville offre son expertise en programmes de langue et de préparation à l’emploi qui aident les réfugiés et les migrants à accéder au marché du travail.",
                    "pt": "A cidade oferece experiência em programas de língua e de preparação para o emprego que ajudam refugiados e migrantes a entrar no mercado de trabalho.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Welcome sessions for new residents",
                    "de": "Begrüßungsveranstaltungen für Neuzuziehende",
                    "fr": "Séances d’accueil pour les nouveaux habitants",
                    "pt": "Sessões de boas-vindas para novos residentes",
                },
                "description": {
                    "en": "New residents are invited to regular sessions that introduce local services, language courses and neighbourhood life. Information is available in several languages.",
                    "de": "Neuzuziehende werden zu regelmäßigen Veranstaltungen eingeladen, die lokale Dienstleistungen, Sprachkurse und das Leben im Quartier vorstellen. Die Informationen stehen in mehreren Sprachen zur Verfügung.",
                    "fr": "Les nouveaux habitants sont invités à des séances régulières présentant les services locaux, les cours de langue et la vie de quartier. Les informations sont disponibles en plusieurs langues.",
                    "pt": "Os novos residentes são convidados para sessões regulares que apresentam os serviços locais, os cursos de língua e a vida de bairro. A informação está disponível em várias línguas.",
                },
                "themes": ["access-to-services"],
                "start_year": 2015,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Corine Mauch",
                "title": "mayor",
                "gender": "f",
                "term_start": "2009-05-06",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Zurich since 2009, the first woman to lead the city.",
                    "de": "Stadtpräsidentin von Zürich seit 2009 und die erste Frau an der Spitze der Stadt.",
                    "fr": "Présidente de la ville de Zurich depuis 2009, première femme à diriger la ville.",
                    "pt": "Presidente da Câmara de Zurique desde 2009, a primeira mulher a liderar a cidade.",
                },
            },
        ],
    },
}
