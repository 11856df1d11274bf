"""Demo profiles, part of cities.demo_content."""

PROFILES = {
    "milan": {
        "population": 1396000,
        "official_languages": {
            "en": "Italian",
            "de": "Italienisch",
            "fr": "italien",
            "pt": "italiano",
        },
        "website": "https://www.comune.milano.it/",
        "contact_email": "mayors-dialogue@milan.example.org",
        "participant_since": 2018,
        "status": "lead",
        "description": {
            "en": "Milan is the capital of Lombardy and a major centre for business, design, research and higher education in northern Italy.",
            "de": "Mailand ist die Hauptstadt der Lombardei und ein bedeutendes Zentrum für Wirtschaft, Design, Forschung und Hochschulbildung in Norditalien.",
            "fr": "Milan est la capitale de la Lombardie et un grand pôle d’affaires, de design, de recherche et d’enseignement supérieur du nord de l’Italie.",
            "pt": "Milão é a capital da Lombardia e um importante centro de negócios, design, investigação e ensino superior no norte de Itália.",
        },
        "migration_context": {
            "en": "Milan has long attracted people from other Italian regions and from abroad, and residents of foreign origin make up a significant share of its population. The city works with civil society to support newcomers with housing, language learning and access to work.",
            "de": "Mailand zieht seit Langem Menschen aus anderen italienischen Regionen und aus dem Ausland an; Einwohnerinnen und Einwohner ausländischer Herkunft machen einen bedeutenden Teil der Bevölkerung aus. Die Stadt unterstützt Neuankömmlinge gemeinsam mit der Zivilgesellschaft bei Wohnen, Spracherwerb und Zugang zu Arbeit.",
            "fr": "Milan attire depuis longtemps des personnes venues d’autres régions d’Italie et de l’étranger, et les habitants d’origine étrangère représentent une part importante de sa population. La ville travaille avec la société civile pour accompagner les nouveaux arrivants en matière de logement, d’apprentissage de la langue et d’accès à l’emploi.",
            "pt": "Milão atrai há muito tempo pessoas de outras regiões italianas e do estrangeiro, e os residentes de origem estrangeira representam uma parte significativa da sua população. A cidade trabalha com a sociedade civil para apoiar os recém-chegados na habitação, na aprendizagem da língua e no acesso ao trabalho.",
        },
        "needs": [
            (
                "diaspora-engagement",
                {
                    "en": "Milan would like to learn how partner cities involve diaspora associations in planning joint projects with their regions of origin.",
                    "de": "Mailand möchte erfahren, wie Partnerstädte Diaspora-Vereine in die Planung gemeinsamer Projekte mit ihren Herkunftsregionen einbinden.",
                    "fr": "Milan souhaite découvrir comment les villes partenaires associent les associations de la diaspora à la conception de projets communs avec leurs régions d’origine.",
                    "pt": "Milão gostaria de saber como as cidades parceiras envolvem as associações da diáspora no planeamento de projetos conjuntos com as suas regiões de origem.",
                },
            ),
            (
                "climate-mobility",
                {
                    "en": "Milan seeks exchange on how climate pressures in other regions shape mobility and what this means for city services.",
                    "de": "Mailand sucht den Austausch darüber, wie Klimabelastungen in anderen Regionen Mobilität prägen und was dies für städtische Dienste bedeutet.",
                    "fr": "Milan cherche à échanger sur la manière dont les pressions climatiques dans d’autres régions influencent la mobilité et sur ce que cela implique pour les services municipaux.",
                    "pt": "Milão procura trocar experiências sobre a forma como as pressões climáticas noutras regiões influenciam a mobilidade e o que isso significa para os serviços municipais.",
                },
            ),
        ],
        "potentials": [
            (
                "inclusion-social-cohesion",
                {
                    "en": "Milan can share experience in neighbourhood-based programmes that bring long-standing residents and newcomers together.",
                    "de": "Mailand kann Erfahrungen mit Quartiersprogrammen teilen, die alteingesessene Bewohnerinnen und Bewohner mit Neuankömmlingen zusammenbringen.",
                    "fr": "Milan peut partager son expérience des programmes de quartier qui rapprochent habitants de longue date et nouveaux arrivants.",
                    "pt": "Milão pode partilhar a sua experiência em programas de bairro que aproximam residentes de longa data e recém-chegados.",
                },
            ),
            (
                "local-economic-development",
                {
                    "en": "Milan can offer know-how in supporting small businesses and entrepreneurs of migrant origin.",
                    "de": "Mailand kann Know-how bei der Förderung kleiner Unternehmen sowie von Unternehmerinnen und Unternehmern mit Migrationsgeschichte anbieten.",
                    "fr": "Milan peut apporter son savoir-faire en matière de soutien aux petites entreprises et aux entrepreneurs issus de l’immigration.",
                    "pt": "Milão pode oferecer conhecimento no apoio a pequenas empresas e a empreendedores de origem migrante.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Neighbourhood welcome points",
                    "de": "Willkommenspunkte in den Stadtvierteln",
                    "fr": "Points d’accueil de quartier",
                    "pt": "Pontos de acolhimento nos bairros",
                },
                "description": {
                    "en": "Local welcome points offer newcomers information on services, language courses and community activities close to where they live.",
                    "de": "Lokale Willkommenspunkte informieren Neuankömmlinge wohnortnah über Dienstleistungen, Sprachkurse und Angebote im Viertel.",
                    "fr": "Des points d’accueil locaux informent les nouveaux arrivants sur les services, les cours de langue et les activités de quartier près de chez eux.",
                    "pt": "Pontos de acolhimento locais informam os recém-chegados sobre serviços, cursos de língua e atividades comunitárias perto de onde vivem.",
                },
                "themes": ["inclusion-social-cohesion"],
                "start_year": 2017,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Giuseppe Sala",
                "title": "mayor",
                "gender": "m",
                "term_start": "2016-06-21",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Milan since 2016, previously chief executive of Expo 2015.",
                    "de": "Bürgermeister von Mailand seit 2016, zuvor Geschäftsführer der Expo 2015.",
                    "fr": "Maire de Milan depuis 2016, auparavant directeur général de l’Expo 2015.",
                    "pt": "Presidente da Câmara de Milão desde 2016, anteriormente diretor-geral da Expo 2015.",
                },
            },
        ],
    },
    "freetown": {
        "population": 1200000,
        "official_languages": {"en": "English", "de": "Englisch", "fr": "anglais", "pt": "inglês"},
        "website": "https://fcc.gov.sl/",
        "contact_email": "mayors-dialogue@freetown.example.org",
        "participant_since": 2018,
        "status": "lead",
        "description": {
            "en": "Freetown is the capital and largest city of Sierra Leone, set between the Atlantic coast and forested hills.",
            "de": "Freetown ist die Hauptstadt und größte Stadt Sierra Leones und liegt zwischen der Atlantikküste und bewaldeten Hügeln.",
            "fr": "Freetown est la capitale et la plus grande ville de la Sierra Leone, située entre la côte atlantique et des collines boisées.",
            "pt": "Freetown é a capital e a maior cidade da Serra Leoa, situada entre a costa atlântica e colinas arborizadas.",
        },
        "migration_context": {
            "en": "Freetown has grown quickly as people move from rural areas in search of work and education. Many residents live in informal settlements on hillsides and along the coast, where they are exposed to floods and landslides.",
            "de": "Freetown ist rasch gewachsen, da Menschen auf der Suche nach Arbeit und Bildung aus ländlichen Gebieten zuziehen. Viele Bewohnerinnen und Bewohner leben in informellen Siedlungen an Hängen und entlang der Küste, wo sie Überschwemmungen und Erdrutschen ausgesetzt sind.",
            "fr": "Freetown s’est développée rapidement avec l’arrivée de personnes venues des zones rurales en quête de travail et d’éducation. De nombreux habitants vivent dans des quartiers informels sur les collines et le long de la côte, exposés aux inondations et aux glissements de terrain.",
            "pt": "Freetown cresceu rapidamente com a chegada de pessoas das zonas rurais em busca de trabalho e educação. Muitos residentes vivem em bairros informais nas encostas e ao longo da costa, onde estão expostos a cheias e deslizamentos de terras.",
        },
        "needs": [
            (
                "urban-planning-housing",
                {
                    "en": "Freetown seeks support in planning affordable and safe housing for a fast-growing population.",
                    "de": "Freetown sucht Unterstützung bei der Planung von bezahlbarem und sicherem Wohnraum für eine schnell wachsende Bevölkerung.",
                    "fr": "Freetown recherche un appui pour planifier des logements abordables et sûrs pour une population en forte croissance.",
                    "pt": "Freetown procura apoio para planear habitação acessível e segura para uma população em rápido crescimento.",
                },
            ),
            (
                "data-evidence",
                {
                    "en": "Freetown would like to strengthen how it collects and uses local data on arrivals and settlement patterns.",
                    "de": "Freetown möchte die Erhebung und Nutzung lokaler Daten zu Zuzug und Siedlungsmustern verbessern.",
                    "fr": "Freetown souhaite renforcer la collecte et l’utilisation de données locales sur les arrivées et les modes d’installation.",
                    "pt": "Freetown gostaria de reforçar a recolha e a utilização de dados locais sobre chegadas e padrões de fixação.",
                },
            ),
        ],
        "potentials": [
            (
                "climate-mobility",
                {
                    "en": "Freetown can share practical experience in urban climate adaptation, such as tree planting and flood risk reduction.",
                    "de": "Freetown kann praktische Erfahrungen in der städtischen Klimaanpassung teilen, etwa bei Baumpflanzungen und der Verringerung von Hochwasserrisiken.",
                    "fr": "Freetown peut partager une expérience concrète en matière d’adaptation climatique urbaine, comme la plantation d’arbres et la réduction des risques d’inondation.",
                    "pt": "Freetown pode partilhar experiência prática em adaptação climática urbana, como a plantação de árvores e a redução do risco de cheias.",
                },
            ),
            (
                "participation-governance",
                {
                    "en": "Freetown can offer insight into involving residents of informal settlements in city planning and decision-making.",
                    "de": "Freetown kann Einblicke geben, wie Bewohnerinnen und Bewohner informeller Siedlungen in Stadtplanung und Entscheidungen einbezogen werden.",
                    "fr": "Freetown peut partager sa manière d’associer les habitants des quartiers informels à la planification urbaine et à la prise de décision.",
                    "pt": "Freetown pode partilhar a sua experiência no envolvimento dos residentes de bairros informais no planeamento urbano e na tomada de decisões.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Community tree-planting campaign",
                    "de": "Gemeinschaftliche Baumpflanzaktion",
                    "fr": "Campagne communautaire de plantation d’arbres",
                    "pt": "Campanha comunitária de plantação de árvores",
                },
                "description": {
                    "en": "Residents plant and care for trees on hillsides and in neighbourhoods to reduce erosion and flood risk. Local volunteers are involved in monitoring the young trees.",
                    "de": "Bewohnerinnen und Bewohner pflanzen und pflegen Bäume an Hängen und in den Vierteln, um Erosion und Hochwasserrisiken zu verringern. Freiwillige vor Ort beobachten das Wachstum der jungen Bäume.",
                    "fr": "Les habitants plantent et entretiennent des arbres sur les collines et dans les quartiers afin de réduire l’érosion et les risques d’inondation. Des bénévoles locaux participent au suivi des jeunes arbres.",
                    "pt": "Os residentes plantam e cuidam de árvores nas encostas e nos bairros para reduzir a erosão e o risco de cheias. Voluntários locais participam no acompanhamento das árvores jovens.",
                },
                "themes": ["climate-mobility", "participation-governance"],
                "start_year": 2020,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Yvonne Aki-Sawyerr",
                "title": "mayor",
                "gender": "f",
                "term_start": "2018-05-04",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Freetown since 2018, previously a finance professional.",
                    "de": "Bürgermeisterin von Freetown seit 2018, zuvor im Finanzwesen tätig.",
                    "fr": "Maire de Freetown depuis 2018, auparavant professionnelle de la finance.",
                    "pt": "Presidente da Câmara de Freetown desde 2018, anteriormente profissional da área financeira.",
                },
            },
        ],
    },
    "accra": {
        "population": 2500000,
        "official_languages": {"en": "English", "de": "Englisch", "fr": "anglais", "pt": "inglês"},
        "website": "https://ama.gov.gh/",
        "contact_email": "mayors-dialogue@accra.example.org",
        "participant_since": 2019,
        "status": "participant",
        "description": {
            "en": "Accra is the capital of Ghana and the country’s main administrative, commercial and cultural centre on the Gulf of Guinea.",
            "de": "Accra ist die Hauptstadt Ghanas und das wichtigste Verwaltungs-, Handels- und Kulturzentrum des Landes am Golf von Guinea.",
            "fr": "Accra est la capitale du Ghana et le principal centre administratif, commercial et culturel du pays, sur le golfe de Guinée.",
            "pt": "Acra é a capital do Gana e o principal centro administrativo, comercial e cultural do país, no golfo da Guiné.",
        },
        "migration_context": {
            "en": "Accra receives many internal migrants, including young people from northern Ghana who come to work in markets and trade. The city also hosts people from across West Africa and welcomes members of the Ghanaian diaspora who return or invest.",
            "de": "Accra nimmt viele Binnenmigrantinnen und -migranten auf, darunter junge Menschen aus dem Norden Ghanas, die auf Märkten und im Handel arbeiten. Zudem leben in der Stadt Menschen aus ganz Westafrika, und sie empfängt Angehörige der ghanaischen Diaspora, die zurückkehren oder investieren.",
            "fr": "Accra accueille de nombreux migrants internes, dont des jeunes du nord du Ghana venus travailler sur les marchés et dans le commerce. La ville abrite aussi des personnes de toute l’Afrique de l’Ouest et accueille des membres de la diaspora ghanéenne qui reviennent ou investissent.",
            "pt": "Acra recebe muitos migrantes internos, incluindo jovens do norte do Gana que vêm trabalhar nos mercados e no comércio. A cidade acolhe também pessoas de toda a África Ocidental e membros da diáspora ganesa que regressam ou investem.",
        },
        "needs": [
            (
                "access-to-services",
                {
                    "en": "Accra seeks ideas for making health and education services easier to reach for residents of fast-growing and informal neighbourhoods.",
                    "de": "Accra sucht Ideen, wie Gesundheits- und Bildungsangebote für die Bewohnerinnen und Bewohner schnell wachsender und informeller Viertel leichter erreichbar werden.",
                    "fr": "Accra cherche des idées pour rendre les services de santé et d’éducation plus accessibles aux habitants des quartiers informels et en forte croissance.",
                    "pt": "Acra procura ideias para tornar os serviços de saúde e educação mais acessíveis aos residentes de bairros informais e em rápido crescimento.",
                },
            ),
            (
                "reception-protection",
                {
                    "en": "Accra would like to learn from partners how to offer safe first contact points and protection for young people arriving alone in the city.",
                    "de": "Accra möchte von Partnern lernen, wie sichere erste Anlaufstellen und Schutz für junge Menschen geschaffen werden können, die allein in die Stadt kommen.",
                    "fr": "Accra souhaite apprendre de ses partenaires comment offrir des premiers points de contact sûrs et une protection aux jeunes qui arrivent seuls en ville.",
                    "pt": "Acra gostaria de aprender com os parceiros como oferecer pontos de primeiro contacto seguros e proteção aos jovens que chegam sozinhos à cidade.",
                },
            ),
        ],
        "potentials": [
            (
                "diaspora-engagement",
                {
                    "en": "Accra can share experience in welcoming returning diaspora members and connecting them with local initiatives.",
                    "de": "Accra kann Erfahrungen darin teilen, zurückkehrende Angehörige der Diaspora willkommen zu heißen und mit lokalen Initiativen zu vernetzen.",
                    "fr": "Accra peut partager son expérience de l’accueil des membres de la diaspora qui reviennent et de leur mise en relation avec des initiatives locales.",
                    "pt": "Acra pode partilhar a sua experiência no acolhimento de membros da diáspora que regressam e na sua ligação a iniciativas locais.",
                },
            ),
            (
                "local-economic-development",
                {
                    "en": "Accra can offer insight into the role of markets and informal trade in creating livelihoods for newcomers.",
                    "de": "Accra kann Einblicke in die Rolle von Märkten und informellem Handel für die Existenzsicherung von Neuankömmlingen geben.",
                    "fr": "Accra peut éclairer le rôle des marchés et du commerce informel dans la création de moyens de subsistance pour les nouveaux arrivants.",
                    "pt": "Acra pode partilhar conhecimento sobre o papel dos mercados e do comércio informal na criação de meios de subsistência para os recém-chegados.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Diaspora investment desk",
                    "de": "Anlaufstelle für Investitionen der Diaspora",
                    "fr": "Guichet d’investissement pour la diaspora",
                    "pt": "Balcão de investimento para a diáspora",
                },
                "description": {
                    "en": "A city desk gives diaspora members information on local regulations, partners and opportunities for investing in Accra.",
                    "de": "Eine städtische Anlaufstelle informiert Angehörige der Diaspora über lokale Vorschriften, Partner und Investitionsmöglichkeiten in Accra.",
                    "fr": "Un guichet municipal informe les membres de la diaspora sur la réglementation locale, les partenaires et les possibilités d’investissement à Accra.",
                    "pt": "Um balcão municipal informa os membros da diáspora sobre a regulamentação local, os parceiros e as oportunidades de investimento em Acra.",
                },
                "themes": ["diaspora-engagement", "local-economic-development"],
                "start_year": 2019,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Mohammed Adjei Sowah",
                "title": "metropolitan_chief_executive",
                "gender": "m",
                "term_start": None,
                "term_end": None,
                "biography": {
                    "en": "Former Metropolitan Chief Executive of Accra.",
                    "de": "Ehemaliger Metropolitan Chief Executive von Accra.",
                    "fr": "Ancien Metropolitan Chief Executive d’Accra.",
                    "pt": "Antigo Metropolitan Chief Executive de Acra.",
                },
            },
            {
                "name": "Elizabeth Naa Kwatsoe Tawiah Sackey",
                "title": "metropolitan_chief_executive",
                "gender": "f",
                "term_start": None,
                "term_end": None,
                "biography": {
                    "en": "Metropolitan Chief Executive of Accra.",
                    "de": "Metropolitan Chief Executive von Accra.",
                    "fr": "Metropolitan Chief Executive d’Accra.",
                    "pt": "Metropolitan Chief Executive de Acra.",
                },
            },
        ],
    },
    "agadez": {
        "population": 120000,
        "official_languages": {
            "en": "French",
            "de": "Französisch",
            "fr": "français",
            "pt": "francês",
        },
        "website": "",
        "contact_email": "mayors-dialogue@agadez.example.org",
        "participant_since": 2020,
        "status": "participant",
        "description": {
            "en": "Agadez is the largest city in northern Niger, known for its historic old town and mud-brick mosque at the edge of the Sahara.",
            "de": "Agadez ist die größte Stadt im Norden Nigers und bekannt für ihre historische Altstadt und die Lehmmoschee am Rand der Sahara.",
            "fr": "Agadez est la plus grande ville du nord du Niger, connue pour sa vieille ville historique et sa mosquée en banco aux portes du Sahara.",
            "pt": "Agadez é a maior cidade do norte do Níger, conhecida pelo seu centro histórico e pela mesquita de adobe às portas do Sara.",
        },
        "migration_context": {
            "en": "Agadez has long been a crossroads for trans-Saharan trade and travel. People passing through or returning to the city are part of daily life and of the local economy.",
            "de": "Agadez ist seit Langem ein Knotenpunkt für Handel und Reisen durch die Sahara. Menschen, die durch die Stadt reisen oder dorthin zurückkehren, gehören zum Alltag und zur lokalen Wirtschaft.",
            "fr": "Agadez est depuis longtemps un carrefour du commerce et des voyages transsahariens. Les personnes qui transitent par la ville ou y reviennent font partie de la vie quotidienne et de l’économie locale.",
            "pt": "Agadez é há muito tempo uma encruzilhada do comércio e das viagens transaarianas. As pessoas que passam pela cidade ou a ela regressam fazem parte da vida quotidiana e da economia local.",
        },
        "needs": [
            (
                "local-economic-development",
                {
                    "en": "Agadez seeks partners to help create new sources of income for young people, for example in crafts, tourism and agriculture.",
                    "de": "Agadez sucht Partner, die helfen, neue Einkommensquellen für junge Menschen zu schaffen, etwa im Handwerk, im Tourismus und in der Landwirtschaft.",
                    "fr": "Agadez recherche des partenaires pour aider à créer de nouvelles sources de revenus pour les jeunes, par exemple dans l’artisanat, le tourisme et l’agriculture.",
                    "pt": "Agadez procura parceiros que ajudem a criar novas fontes de rendimento para os jovens, por exemplo no artesanato, no turismo e na agricultura.",
                },
            ),
            (
                "data-evidence",
                {
                    "en": "Agadez would like support in building simple local tools to understand who arrives, stays and leaves.",
                    "de": "Agadez wünscht sich Unterstützung beim Aufbau einfacher lokaler Instrumente, um zu verstehen, wer ankommt, bleibt und weiterzieht.",
                    "fr": "Agadez souhaite un appui pour mettre en place des outils locaux simples permettant de comprendre qui arrive, qui reste et qui repart.",
                    "pt": "Agadez gostaria de apoio para criar ferramentas locais simples que permitam perceber quem chega, quem fica e quem parte.",
                },
            ),
        ],
        "potentials": [
            (
                "reception-protection",
                {
                    "en": "Agadez can share long experience of cooperation between the municipality, traditional leaders and aid organisations in supporting people in transit.",
                    "de": "Agadez kann langjährige Erfahrungen in der Zusammenarbeit von Gemeinde, traditionellen Autoritäten und Hilfsorganisationen bei der Unterstützung von Menschen auf der Durchreise teilen.",
                    "fr": "Agadez peut partager une longue expérience de coopération entre la commune, les autorités coutumières et les organisations humanitaires pour soutenir les personnes en transit.",
                    "pt": "Agadez pode partilhar uma longa experiência de cooperação entre o município, as autoridades tradicionais e as organizações humanitárias no apoio às pessoas em trânsito.",
                },
            ),
            (
                "labour-migration-skills",
                {
                    "en": "Agadez can offer insight into seasonal and regional labour mobility across the Sahel.",
                    "de": "Agadez kann Einblicke in saisonale und regionale Arbeitsmobilität im Sahel geben.",
                    "fr": "Agadez peut apporter son éclairage sur la mobilité de travail saisonnière et régionale au Sahel.",
                    "pt": "Agadez pode partilhar conhecimento sobre a mobilidade laboral sazonal e regional no Sahel.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Local coordination platform for people in transit",
                    "de": "Lokale Koordinierungsplattform für Menschen auf der Durchreise",
                    "fr": "Plateforme locale de coordination pour les personnes en transit",
                    "pt": "Plataforma local de coordenação para pessoas em trânsito",
                },
                "description": {
                    "en": "The municipality brings together community leaders, health services and aid organisations to coordinate support for people passing through the city.",
                    "de": "Die Gemeinde bringt Vertreterinnen und Vertreter der Gemeinschaften, Gesundheitsdienste und Hilfsorganisationen zusammen, um die Unterstützung für Menschen auf der Durchreise abzustimmen.",
                    "fr": "La commune réunit responsables communautaires, services de santé et organisations humanitaires pour coordonner le soutien aux personnes de passage dans la ville.",
                    "pt": "O município reúne líderes comunitários, serviços de saúde e organizações humanitárias para coordenar o apoio às pessoas que passam pela cidade.",
                },
                "themes": ["reception-protection"],
                "start_year": 2018,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Rhissa Feltou",
                "title": "mayor",
                "gender": "m",
                "term_start": None,
                "term_end": None,
                "biography": {
                    "en": "Mayor of Agadez.",
                    "de": "Bürgermeister von Agadez.",
                    "fr": "Maire d’Agadez.",
                    "pt": "Presidente da Câmara de Agadez.",
                },
            },
        ],
    },
    "amsterdam": {
        "population": 870000,
        "official_languages": {
            "en": "Dutch",
            "de": "Niederländisch",
            "fr": "néerlandais",
            "pt": "neerlandês",
        },
        "website": "https://www.amsterdam.nl/",
        "contact_email": "mayors-dialogue@amsterdam.example.org",
        "participant_since": 2019,
        "status": "participant",
        "description": {
            "en": "Amsterdam is the capital of the Netherlands, a historic port city known for its canals, trade and international outlook.",
            "de": "Amsterdam ist die Hauptstadt der Niederlande, eine historische Hafenstadt, die für ihre Grachten, ihren Handel und ihre internationale Ausrichtung bekannt ist.",
            "fr": "Amsterdam est la capitale des Pays-Bas, une ville portuaire historique connue pour ses canaux, son commerce et son ouverture internationale.",
            "pt": "Amesterdão é a capital dos Países Baixos, uma cidade portuária histórica conhecida pelos seus canais, pelo comércio e pela abertura ao mundo.",
        },
        "migration_context": {
            "en": "Amsterdam is home to residents of many nationalities and has a long history of migration linked to trade. The city supports newcomers with language courses, guidance towards work and education, and cooperation with community organisations.",
            "de": "In Amsterdam leben Menschen vieler Nationalitäten, und die Stadt hat eine lange, mit dem Handel verbundene Migrationsgeschichte. Die Stadt unterstützt Neuankömmlinge mit Sprachkursen, Begleitung in Arbeit und Ausbildung sowie der Zusammenarbeit mit Gemeinschaftsorganisationen.",
            "fr": "Amsterdam compte des habitants de nombreuses nationalités et possède une longue histoire migratoire liée au commerce. La ville accompagne les nouveaux arrivants par des cours de langue, une orientation vers l’emploi et la formation, et une coopération avec les organisations communautaires.",
            "pt": "Amesterdão acolhe residentes de muitas nacionalidades e tem uma longa história de migração ligada ao comércio. A cidade apoia os recém-chegados com cursos de língua, orientação para o trabalho e a formação e cooperação com organizações comunitárias.",
        },
        "needs": [
            (
                "labour-migration-skills",
                {
                    "en": "Amsterdam seeks exchange on recognising skills and qualifications gained abroad so that newcomers can work in their fields sooner.",
                    "de": "Amsterdam sucht den Austausch zur Anerkennung im Ausland erworbener Kompetenzen und Abschlüsse, damit Neuankömmlinge früher in ihrem Beruf arbeiten können.",
                    "fr": "Amsterdam cherche à échanger sur la reconnaissance des compétences et des qualifications acquises à l’étranger, afin que les nouveaux arrivants puissent exercer plus tôt dans leur domaine.",
                    "pt": "Amesterdão procura trocar experiências sobre o reconhecimento de competências e qualificações obtidas no estrangeiro, para que os recém-chegados possam trabalhar mais cedo na sua área.",
                },
            ),
            (
                "diaspora-engagement",
                {
                    "en": "Amsterdam would like to work more closely with diaspora communities on links with partner cities in Africa.",
                    "de": "Amsterdam möchte enger mit Diaspora-Gemeinschaften an Verbindungen zu Partnerstädten in Afrika arbeiten.",
                    "fr": "Amsterdam souhaite travailler plus étroitement avec les communautés de la diaspora pour renforcer les liens avec des villes partenaires en Afrique.",
                    "pt": "Amesterdão gostaria de trabalhar mais estreitamente com as comunidades da diáspora na criação de laços com cidades parceiras em África.",
                },
            ),
        ],
        "potentials": [
            (
                "inclusion-social-cohesion",
                {
                    "en": "Amsterdam can share experience in combining language learning, work and social contacts in one integration pathway.",
                    "de": "Amsterdam kann Erfahrungen damit teilen, Spracherwerb, Arbeit und soziale Kontakte in einem gemeinsamen Integrationsweg zu verbinden.",
                    "fr": "Amsterdam peut partager son expérience de parcours d’intégration qui combinent apprentissage de la langue, travail et liens sociaux.",
                    "pt": "Amesterdão pode partilhar a sua experiência em percursos de integração que combinam aprendizagem da língua, trabalho e contactos sociais.",
                },
            ),
            (
                "data-evidence",
                {
                    "en": "Amsterdam can offer know-how in using neighbourhood-level statistics to plan services.",
                    "de": "Amsterdam kann Know-how bei der Nutzung von Statistiken auf Quartiersebene für die Planung von Dienstleistungen anbieten.",
                    "fr": "Amsterdam peut apporter son savoir-faire dans l’utilisation de statistiques à l’échelle des quartiers pour planifier les services.",
                    "pt": "Amesterdão pode oferecer conhecimento na utilização de estatísticas ao nível dos bairros para planear serviços.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "Combined language and work pathway",
                    "de": "Kombinierter Sprach- und Arbeitsweg",
                    "fr": "Parcours combiné langue et emploi",
                    "pt": "Percurso combinado de língua e trabalho",
                },
                "description": {
                    "en": "Newcomers follow language classes alongside work placements and volunteering, with a personal coach from the city.",
                    "de": "Neuankömmlinge besuchen Sprachkurse und absolvieren zugleich Praktika oder ehrenamtliche Tätigkeiten, begleitet von einem persönlichen Coach der Stadt.",
                    "fr": "Les nouveaux arrivants suivent des cours de langue en parallèle de stages et d’activités bénévoles, accompagnés par un référent personnel de la ville.",
                    "pt": "Os recém-chegados frequentam aulas de língua a par de estágios e voluntariado, com o acompanhamento de um orientador pessoal da cidade.",
                },
                "themes": ["inclusion-social-cohesion", "labour-migration-skills"],
                "start_year": 2016,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Femke Halsema",
                "title": "mayor",
                "gender": "f",
                "term_start": "2018-07-12",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Amsterdam since 2018, previously a member of the Dutch House of Representatives.",
                    "de": "Bürgermeisterin von Amsterdam seit 2018, zuvor Abgeordnete der Zweiten Kammer der Niederlande.",
                    "fr": "Maire d’Amsterdam depuis 2018, auparavant députée à la Seconde Chambre des Pays-Bas.",
                    "pt": "Presidente da Câmara de Amesterdão desde 2018, anteriormente deputada na Câmara dos Representantes dos Países Baixos.",
                },
            },
        ],
    },
    "antwerp": {
        "population": 530000,
        "official_languages": {
            "en": "Dutch",
            "de": "Niederländisch",
            "fr": "néerlandais",
            "pt": "neerlandês",
        },
        "website": "https://www.antwerpen.be/",
        "contact_email": "mayors-dialogue@antwerp.example.org",
        "participant_since": 2021,
        "status": "participant",
        "description": {
            "en": "Antwerp is Belgium’s second-largest city and home to one of Europe’s largest ports, with a long tradition in trade and diamonds.",
            "de": "Antwerpen ist die zweitgrößte Stadt Belgiens und Standort eines der größten Häfen Europas, mit einer langen Tradition im Handel und im Diamantengeschäft.",
            "fr": "Anvers est la deuxième ville de Belgique et abrite l’un des plus grands ports d’Europe, avec une longue tradition de commerce et de diamant.",
            "pt": "Antuérpia é a segunda maior cidade da Bélgica e acolhe um dos maiores portos da Europa, com uma longa tradição no comércio e nos diamantes.",
        },
        "migration_context": {
            "en": "Antwerp is a diverse city whose residents have roots in many countries, shaped by its port and trade links. The city offers newcomers civic integration courses, Dutch lessons and guidance towards work and services.",
            "de": "Antwerpen ist eine vielfältige Stadt, deren Bewohnerinnen und Bewohner Wurzeln in vielen Ländern haben, geprägt von Hafen und Handelsbeziehungen. Die Stadt bietet Neuankömmlingen Integrationskurse, Niederländischunterricht und Begleitung zu Arbeit und Dienstleistungen.",
            "fr": "Anvers est une ville diverse dont les habitants ont des racines dans de nombreux pays, façonnée par son port et ses échanges commerciaux. La ville propose aux nouveaux arrivants des parcours d’intégration civique, des cours de néerlandais et une orientation vers l’emploi et les services.",
            "pt": "Antuérpia é uma cidade diversa, cujos residentes têm raízes em muitos países, marcada pelo seu porto e pelas ligações comerciais. A cidade oferece aos recém-chegados cursos de integração cívica, aulas de neerlandês e orientação para o trabalho e os serviços.",
        },
        "needs": [
            (
                "climate-mobility",
                {
                    "en": "Antwerp seeks exchange on how climate change may affect mobility towards and within port cities.",
                    "de": "Antwerpen sucht den Austausch darüber, wie sich der Klimawandel auf Mobilität in und zu Hafenstädten auswirken kann.",
                    "fr": "Anvers cherche à échanger sur la manière dont le changement climatique peut influencer la mobilité vers et au sein des villes portuaires.",
                    "pt": "Antuérpia procura trocar experiências sobre a forma como as alterações climáticas podem afetar a mobilidade para e dentro das cidades portuárias.",
                },
            ),
            (
                "participation-governance",
                {
                    "en": "Antwerp would like to learn from partners how to involve newcomers more in local consultation and decision-making.",
                    "de": "Antwerpen möchte von Partnern lernen, wie Neuankömmlinge stärker an lokalen Beteiligungsverfahren und Entscheidungen mitwirken können.",
                    "fr": "Anvers souhaite apprendre de ses partenaires comment associer davantage les nouveaux arrivants à la concertation et à la prise de décision locales.",
                    "pt": "Antuérpia gostaria de aprender com os parceiros como envolver mais os recém-chegados na consulta e na tomada de decisões a nível local.",
                },
            ),
        ],
        "potentials": [
            (
                "access-to-services",
                {
                    "en": "Antwerp can share experience in bringing city services for newcomers together in one accessible place.",
                    "de": "Antwerpen kann Erfahrungen damit teilen, städtische Angebote für Neuankömmlinge an einem gut erreichbaren Ort zu bündeln.",
                    "fr": "Anvers peut partager son expérience du regroupement des services municipaux destinés aux nouveaux arrivants en un lieu unique et accessible.",
                    "pt": "Antuérpia pode partilhar a sua experiência na concentração dos serviços municipais para recém-chegados num único local acessível.",
                },
            ),
            (
                "urban-planning-housing",
                {
                    "en": "Antwerp can offer know-how in urban renewal of older neighbourhoods with diverse populations.",
                    "de": "Antwerpen kann Know-how in der Stadterneuerung älterer Viertel mit vielfältiger Bevölkerung anbieten.",
                    "fr": "Anvers peut apporter son savoir-faire en matière de rénovation urbaine de quartiers anciens à la population diverse.",
                    "pt": "Antuérpia pode oferecer conhecimento na renovação urbana de bairros antigos com populações diversas.",
                },
            ),
        ],
        "good_practices": [
            {
                "title": {
                    "en": "One-stop centre for newcomers",
                    "de": "Zentrale Anlaufstelle für Neuankömmlinge",
                    "fr": "Guichet unique pour les nouveaux arrivants",
                    "pt": "Balcão único para recém-chegados",
                },
                "description": {
                    "en": "A single city office helps newcomers with registration, language courses, housing questions and first steps towards work.",
                    "de": "Eine zentrale städtische Stelle unterstützt Neuankömmlinge bei Anmeldung, Sprachkursen, Wohnungsfragen und den ersten Schritten in Arbeit.",
                    "fr": "Un bureau municipal unique aide les nouveaux arrivants pour l’inscription, les cours de langue, les questions de logement et les premiers pas vers l’emploi.",
                    "pt": "Um único serviço municipal ajuda os recém-chegados com o registo, os cursos de língua, as questões de habitação e os primeiros passos rumo ao trabalho.",
                },
                "themes": ["access-to-services"],
                "start_year": 2015,
                "end_year": None,
            },
        ],
        "mayors": [
            {
                "name": "Bart De Wever",
                "title": "mayor",
                "gender": "m",
                "term_start": "2013-01-01",
                "term_end": None,
                "biography": {
                    "en": "Mayor of Antwerp since 2013, previously a member of the Belgian federal parliament.",
                    "de": "Bürgermeister von Antwerpen seit 2013, zuvor Abgeordneter im belgischen föderalen Parlament.",
                    "fr": "Bourgmestre d’Anvers depuis 2013, auparavant député au Parlement fédéral belge.",
                    "pt": "Burgomestre de Antuérpia desde 2013, anteriormente deputado no Parlamento federal belga.",
                },
            },
        ],
    },
}
