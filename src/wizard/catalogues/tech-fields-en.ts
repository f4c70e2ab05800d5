// English names of 《国家重点支持的高新技术领域》 on all three levels, keyed by code. These are OUR translation; the
// Chinese name in tech-fields.ts is the official one and is always shown beside it. Third-level items are listed per
// second-level field in the same order as tech-fields.ts ('; ' between them), so '1.1' item k is code '1.1.k'.
// Loaded only with tech-fields.ts (lazily).

const SECTIONS = [
  'Electronic information',
  'Biotechnology and new medicine',
  'Aviation and aerospace',
  'New materials',
  'High-tech services',
  'New energy and energy saving',
  'Resources and environment',
  'Advanced manufacturing and automation',
]

const SUBS: readonly (readonly [code: string, name: string, items: string])[] = [
  [
    '1.1',
    'Software',
    'Basic software; Embedded software; Computer-aided design and engineering management software; Chinese and multilingual processing software; Graphics and image processing software; Geographic information system (GIS) software; E-commerce software; E-government software; Enterprise management software; Internet of Things application software; Cloud computing and mobile internet software; Web services and integration software',
  ],
  [
    '1.2',
    'Microelectronics',
    'Integrated circuit design technology; Integrated circuit product design technology; Integrated circuit packaging technology; Integrated circuit testing technology; Integrated circuit chip manufacturing process technology; Design, manufacture and process technology of integrated optoelectronic devices',
  ],
  [
    '1.3',
    'Computer products and their network applications',
    'Design and manufacture of computers and terminals; Design and manufacture of computer peripherals; Design and manufacture of network equipment; Network application technology',
  ],
  [
    '1.4',
    'Communication technology',
    'Communication network technology; Optical transmission systems; Wired broadband access systems; Mobile communication systems; Broadband wireless communication systems; Satellite communication systems; Microwave communication systems; Internet of Things devices, components and networking; Telecom network operation support and management; Value-added telecom and internet service applications',
  ],
  [
    '1.5',
    'Radio, film and television technology',
    'Programme production, editing and broadcasting systems; Broadcasting service integration and support systems; Cable transmission and coverage systems; Wireless transmission and coverage systems; Broadcast monitoring, regulation, safe operation and maintenance systems; Digital cinema systems; Digital television terminals; Professional video application service platforms; Audio and optical disc technology',
  ],
  [
    '1.6',
    'New electronic components',
    'Semiconductor lighting technology; Chip and integrated passive components; High-power semiconductor devices; Special-purpose devices; Sensitive components and sensors; Mid- to high-end electromechanical components; Flat-panel display devices',
  ],
  [
    '1.7',
    'Information security technology',
    'Cryptography; Authentication and authorisation; System and software security; Network and communication security; Security and confidentiality technology; Security testing and evaluation; Security management technology; Application security',
  ],
  [
    '1.8',
    'Intelligent transport and rail transit technology',
    'Traffic control and management; Collection and processing of basic traffic information; Transport operation management; Vehicle- and ship-borne electronic equipment; Rail transit vehicles and operation support; Rail transit operation management and services',
  ],
  [
    '2.1',
    'Medical biotechnology',
    'New vaccines; Biotherapy and genetically engineered drugs; Rapid biological testing; Research and development of biomacromolecule drugs; Biosynthetic preparation of natural drugs; Bioseparation media, reagents, devices and related testing',
  ],
  [
    '2.2',
    'Traditional Chinese medicine and natural drugs',
    'Sustainable use and ecological protection of TCM resources; Research and development of innovative drugs; Secondary development of proprietary Chinese medicines; TCM quality control and detection of harmful substances',
  ],
  [
    '2.3',
    'Chemical drug research and development',
    'Innovative drugs; Creation of chiral drugs; Creation of crystal-form drugs; Production of national essential medicines; Active ingredients and key intermediates of national essential medicines',
  ],
  [
    '2.4',
    'New dosage forms and formulation technology',
    'Innovative formulations; New drug delivery formulations; Development and production of new excipients; Pharmaceutical equipment',
  ],
  [
    '2.5',
    'Medical instruments, equipment and medical software',
    'Medical imaging diagnosis; New treatment, first-aid and rehabilitation technology; New electrophysiological testing and monitoring; Medical laboratory technology and new equipment; New networked medical software; Medical detection and radiation dosimetry',
  ],
  [
    '2.6',
    'Biotechnology for light and chemical industry',
    'Efficient industrial enzymes and biocatalysis; Microbial fermentation; Bioreaction and separation; Separation and extraction of active ingredients of natural products; Safe food production and evaluation; Food safety testing',
  ],
  [
    '2.7',
    'Agricultural biotechnology',
    'New crop and tree varieties and high-quality, efficient, safe production; New livestock, poultry and aquatic breeds and healthy farming; Prevention and control of major crop and forest pests and animal diseases; Modern agricultural equipment and informatisation; Control and remediation of non-point-source and heavy-metal pollution of farmland',
  ],
  [
    '3.1',
    'Aviation technology',
    'Aircraft; Aircraft propulsion; Aircraft systems; Aircraft manufacturing and materials; Air traffic control; Operation support for civil and general aviation',
  ],
  [
    '3.2',
    'Space technology',
    'Satellite system design; Launch vehicles; Satellite platforms; Satellite payloads; Spacecraft tracking, telemetry and command; Space electronics and space materials manufacturing; Advanced space propulsion design; Satellite applications',
  ],
  [
    '4.1',
    'Metallic materials',
    'Preparation of high-grade steel; Clean production and deep processing of aluminium, copper, magnesium and titanium alloys; Preparation of refined rare and rare-earth metal products; Preparation and application of nano and powder-metallurgy materials; Preparation of metal and metal-matrix composite materials; Preparation and application of new semiconductor materials; Preparation and application of new electrical, microelectronic and optoelectronic materials; Preparation and application of superconducting, high-performance battery and other new materials',
  ],
  [
    '4.2',
    'Inorganic non-metallic materials',
    'Strengthening and toughening of structural ceramics and ceramic-matrix composites; Preparation of functional ceramics; Preparation of functional glass; Preparation of materials for energy saving and new energy; Environmentally friendly materials',
  ],
  [
    '4.3',
    'Polymer materials',
    'Preparation and application of new functional polymers; Preparation of engineering and special engineering plastics; Synthesis of new rubbers and preparation of new rubber materials; Preparation of new fibres and composites; Polymer preparation and recycling; New processing and applications of polymers',
  ],
  [
    '4.4',
    'Biomedical materials',
    'Materials for interventional therapy devices; New biomaterials for cardiovascular and cerebrovascular surgery; Orthopaedic implants; Dental materials; Materials for tissue engineering; New dressings and haemostatic materials; Special surgical instruments and materials; Other new medical materials and their preparation',
  ],
  [
    '4.5',
    'Fine and specialty chemicals',
    'Preparation and application of new catalysts; Preparation and application of electronic chemicals; Preparation and application of ultrafine functional materials; Preparation and application of fine chemicals',
  ],
  [
    '4.6',
    'New materials for the culture and arts industries',
    'New materials for cultural carriers and media; New materials for the arts; Processing and production of new materials for film sets and stages; New printing materials for cultural products; New materials for the conservation of cultural relics',
  ],
  ['5.1', 'Research, development and design services', 'Research and development services; Design services'],
  [
    '5.2',
    'Inspection, testing, certification and standards services',
    'Inspection, testing and certification technology; Standardisation services',
  ],
  ['5.3', 'Information technology services', 'Cloud computing services; Data services; Other information services'],
  ['5.4', 'Specialised high-tech services', ''],
  ['5.5', 'Intellectual property and technology transfer services', ''],
  [
    '5.6',
    'E-commerce and modern logistics technology',
    'E-commerce technology; Logistics and supply-chain management technology',
  ],
  [
    '5.7',
    'Urban management and social services',
    'Smart city service support; Internet education; Health management; Support technology for modern sports services',
  ],
  [
    '5.8',
    'Support technology for the cultural and creative industries',
    'Creation, design and production; Communication and exhibition; Discovery and reuse of cultural heritage; Operation and management',
  ],
  ['6.1', 'Renewable clean energy', 'Solar energy; Wind energy; Biomass energy; Geothermal, ocean and kinetic energy'],
  ['6.2', 'Nuclear and hydrogen energy', 'Nuclear energy; Hydrogen energy'],
  [
    '6.3',
    'New efficient energy conversion and storage',
    'High-performance green batteries (packs); New power batteries (packs) and energy storage batteries; Fuel cells; Supercapacitors and thermoelectric conversion',
  ],
  [
    '6.4',
    'Efficient energy saving',
    'Industrial energy saving; Energy recovery and reuse; Regenerative combustion; Optimisation of power transmission and distribution systems; High-temperature heat pumps; Building energy efficiency; Management, optimisation and control of energy systems; Energy-saving monitoring',
  ],
  [
    '7.1',
    'Water pollution control and water resources use',
    'Urban sewage treatment and reuse; Industrial wastewater treatment and reuse; Control of agricultural water pollution; River-basin pollution control and integrated eutrophication control; Water saving and integrated use of non-conventional water; Drinking water safety',
  ],
  [
    '7.2',
    'Air pollution control',
    'Prevention of pollution from coal combustion; Motor vehicle emission control; Prevention of pollution from industrial furnaces and kilns; Control of harmful industrial gases; Prevention of air pollution in confined spaces',
  ],
  [
    '7.3',
    'Solid waste disposal and comprehensive use',
    'Disposal of hazardous solid waste; Comprehensive use of industrial solid waste; Disposal and recovery of household waste; Disposal and recovery of construction waste; Treatment and recovery of organic solid waste; Disposal and recovery of solid waste from social sources',
  ],
  [
    '7.4',
    'Prevention of physical pollution',
    'Prevention of noise and vibration pollution; Nuclear and radiation safety',
  ],
  [
    '7.5',
    'Environmental monitoring and emergency response to environmental accidents',
    'Environmental monitoring and early warning; Emergency environmental monitoring; Ecological environment monitoring; Monitoring of non-conventional pollutants',
  ],
  ['7.6', 'Ecological construction and protection', ''],
  [
    '7.7',
    'Cleaner production',
    'Key technology for water saving, emission reduction and recovery in heavily polluting industries; Key cleaner production technology; Key environmentally friendly manufacturing technology',
  ],
  [
    '7.8',
    'Resource exploration, efficient extraction and comprehensive use',
    'Resource exploration and extraction; Mining and ore-dressing technology raising mineral recovery rates; Separation and extraction of associated valuable elements; Comprehensive use of low-grade resources and tailings; Exploration and development of radioactive resources; Treatment and disposal of radioactive waste; Green mine construction',
  ],
  [
    '8.1',
    'Industrial process control systems',
    'Fieldbus and industrial Ethernet; Embedded systems; New-generation industrial control computers; Manufacturing execution systems (MES); Integrated automation control systems for industrial processes',
  ],
  [
    '8.2',
    'Work safety technology',
    'Mine safety; Safety of hazardous chemicals; Prevention and handling of other accidents',
  ],
  [
    '8.3',
    'High-performance, intelligent instruments and meters',
    'New sensors; New automation instruments; Scientific analysis and testing instruments; Measurement and control instruments for precision manufacturing; Micro-electro-mechanical systems (MEMS)',
  ],
  [
    '8.4',
    'Advanced manufacturing processes and equipment',
    'High-end CNC equipment and CNC machining; Robots; Drive and control of intelligent equipment; Special machining technology; Technology related to large-scale integrated circuit manufacturing; Additive manufacturing; Remanufacturing of high-end equipment',
  ],
  [
    '8.5',
    'New machinery',
    'Basic machine parts and their manufacture; Manufacture of general machinery and equipment; Extreme manufacturing and manufacture of special machinery; Manufacture of special equipment for textiles and other industries',
  ],
  [
    '8.6',
    'Power systems and equipment',
    'Power generation and energy storage; Power transmission; Power distribution and use; Power transformation; System simulation and automation',
  ],
  [
    '8.7',
    'Automotive and rail vehicle technology',
    'Vehicle engines and related technology; Key automotive components; Energy-saving and new-energy vehicles; Advanced design, manufacturing and testing platforms for motor vehicles and engines; Rail vehicles and key components',
  ],
  [
    '8.8',
    'Design and manufacture of high-tech ships and marine engineering equipment',
    'Design and manufacture of high-tech ships; Design and manufacture of marine engineering equipment',
  ],
  ['8.9', 'Upgrading of traditional cultural industries', 'Musical instrument manufacturing; Printing technology'],
]

export const TECH_FIELD_EN: Readonly<Record<string, string>> = Object.fromEntries([
  ...SECTIONS.map((name, i) => [String(i + 1), name] as const),
  ...SUBS.flatMap(([code, name, items]) => [
    [code, name] as const,
    ...(items ? items.split('; ') : []).map((item, k) => [`${code}.${k + 1}`, item] as const),
  ]),
])
