<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_US">
<context>
    <name>AccessibleText</name>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Choices for %1</source>
        <translation>Opciones para %1</translation>
    </message>
</context>
<context>
    <name>ActionPane</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Código de la acción</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Descripción de la acción</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Responsable de la acción</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Estado de la acción</translation>
    </message>
    <message>
        <source>&amp;Percent complete:</source>
        <translation>&amp;Porcentaje de avance:</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Porcentaje de avance</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>2024-25, 2024-08-15, ongoing or 2024-25 (and recurring)</source>
        <translation>2024-25, 2024-08-15, continuo o 2024-25 (y recurrente)</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>2026-27, 2027-06-30 or ongoing</source>
        <translation>2026-27, 2027-06-30 o continuo</translation>
    </message>
    <message>
        <source>Recurs ever&amp;y year from its start</source>
        <translation>Se re&amp;pite cada año desde su inicio</translation>
    </message>
    <message>
        <source>Recurs every year from its start</source>
        <translation>Se repite cada año desde su inicio</translation>
    </message>
    <message>
        <source>An activity done again every school year, such as one a plan lists as &quot;2021-22 (and recurring)&quot;. Each year is judged on that year&apos;s progress notes.</source>
        <translation>Una actividad que se realiza de nuevo cada año escolar, como las que un plan indica como &quot;2021-22 (y recurrente)&quot;. Cada año se evalúa según las notas de avance de ese año.</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Ana Ruiz</source>
        <translation>Ana Ruiz</translation>
    </message>
    <message>
        <source>&amp;Role (optional):</source>
        <translation>&amp;Cargo (opcional):</translation>
    </message>
    <message>
        <source>Your role (optional)</source>
        <translation>Su cargo (opcional)</translation>
    </message>
    <message>
        <source>Director of Accountability</source>
        <translation>Director(a) de Rendición de Cuentas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of Cairn</source>
        <translation>Idioma de Cairn</translation>
    </message>
</context>
<context>
    <name>GoalPane</name>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Goal code</source>
        <translation>Código de la meta</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Nombre corto:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Goal title</source>
        <translation>Título de la meta</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Goal owner</source>
        <translation>Responsable de la meta</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Goal description</source>
        <translation>Descripción de la meta</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Rationale statements, one per line</source>
        <translation>Justificación, una por línea</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Profile attributes or themes, separated by commas</source>
        <translation>Atributos del perfil o temas, separados por comas</translation>
    </message>
</context>
<context>
    <name>ImportValuesDialog</name>
    <message>
        <source>Import Values</source>
        <translation>Importar valores</translation>
    </message>
    <message>
        <source>Rows of the sheet</source>
        <translation>Filas de la hoja</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Después de importar</translation>
    </message>
</context>
<context>
    <name>MeasurePane</name>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Measure code</source>
        <translation>Código del indicador</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Measure name</source>
        <translation>Nombre del indicador</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Measure description</source>
        <translation>Descripción del indicador</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <source>Measure kind</source>
        <translation>Clase de indicador</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>Tipo de indicador</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Measure owner</source>
        <translation>Responsable del indicador</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>&amp;Fuente de datos:</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Nombre de la unidad:</translation>
    </message>
    <message>
        <source>Custom unit name</source>
        <translation>Nombre de la unidad personalizada</translation>
    </message>
    <message>
        <source>points, hours, MOUs</source>
        <translation>puntos, horas, convenios</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Decimales:</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Direcc&amp;ión:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolerancia:</translation>
    </message>
    <message>
        <source>Tolerance for at risk</source>
        <translation>Tolerancia para &quot;En riesgo&quot;</translation>
    </message>
    <message>
        <source>5 % of the target</source>
        <translation>5 % del valor meta</translation>
    </message>
    <message>
        <source>Baseline &amp;year:</source>
        <translation>&amp;Año de la línea de base:</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Año de la línea de base</translation>
    </message>
    <message>
        <source>2021-22</source>
        <translation>2021-22</translation>
    </message>
    <message>
        <source>&amp;Baseline value:</source>
        <translation>Valor de la línea de &amp;base:</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valor de la línea de base</translation>
    </message>
    <message>
        <source>still to be collected</source>
        <translation>pendiente de recopilar</translation>
    </message>
    <message>
        <source>Baseline note:</source>
        <translation>Nota de la línea de base:</translation>
    </message>
    <message>
        <source>Baseline note</source>
        <translation>Nota de la línea de base</translation>
    </message>
    <message>
        <source>Final target year:</source>
        <translation>Año del valor meta final:</translation>
    </message>
    <message>
        <source>Final target year</source>
        <translation>Año del valor meta final</translation>
    </message>
    <message>
        <source>2026-27</source>
        <translation>2026-27</translation>
    </message>
    <message>
        <source>Final tar&amp;get:</source>
        <translation>Valor meta fi&amp;nal:</translation>
    </message>
    <message>
        <source>Final target value</source>
        <translation>Valor meta final</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Fecha de &amp;vencimiento:</translation>
    </message>
    <message>
        <source>Milestone due date</source>
        <translation>Fecha de vencimiento del hito</translation>
    </message>
    <message>
        <source>2025-06-30, By January 2026 or Spring 2026</source>
        <translation>2025-06-30, Para enero de 2026 o Primavera de 2026</translation>
    </message>
    <message>
        <source>Com&amp;pleted on:</source>
        <translation>Com&amp;pletado el:</translation>
    </message>
    <message>
        <source>Milestone completed date</source>
        <translation>Fecha en que se completó el hito</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Evid&amp;encia:</translation>
    </message>
    <message>
        <source>Milestone evidence</source>
        <translation>Evidencia del hito</translation>
    </message>
    <message>
        <source>Baseline group si&amp;ze (n):</source>
        <translation>Tama&amp;ño del grupo de la línea de base (n):</translation>
    </message>
    <message>
        <source>Baseline group size</source>
        <translation>Tamaño del grupo de la línea de base</translation>
    </message>
    <message>
        <source>students the baseline is about, for a student group</source>
        <translation>estudiantes a los que se refiere la línea de base, para un grupo de estudiantes</translation>
    </message>
</context>
<context>
    <name>MinutesOptionsDialog</name>
    <message>
        <source>Export Minutes</source>
        <translation>Exportar acta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Idioma del acta</translation>
    </message>
    <message>
        <source>The minutes&apos; words, dates and month names; whatever language Cairn itself speaks</source>
        <translation>Las palabras, fechas y nombres de los meses del acta, sea cual sea el idioma de Cairn</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Name the plan and the school years it covers. You will then choose where to keep its file.</source>
        <translation>Escriba el nombre del plan y los años escolares que abarca. Después elegirá dónde guardar su archivo.</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Valle Verde Independent School District</source>
        <translation>Distrito Escolar Independiente Valle Verde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Strategic Plan 2025-2030</source>
        <translation>Plan Estratégico 2025-2030</translation>
    </message>
    <message>
        <source>&amp;First school year:</source>
        <translation>&amp;Primer año escolar:</translation>
    </message>
    <message>
        <source>First school year</source>
        <translation>Primer año escolar</translation>
    </message>
    <message>
        <source>2025-26</source>
        <translation>2025-26</translation>
    </message>
    <message>
        <source>&amp;Last school year:</source>
        <translation>Ú&amp;ltimo año escolar:</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Último año escolar</translation>
    </message>
    <message>
        <source>2029-30</source>
        <translation>2029-30</translation>
    </message>
</context>
<context>
    <name>NewPlanFromDocumentDialog</name>
    <message>
        <source>New Plan from Document</source>
        <translation>Nuevo plan a partir de un documento</translation>
    </message>
    <message>
        <source>Paste the text of the plan &amp;document here (from a word processor, a PDF viewer or a web page), or open it from a .txt, .html or .md file; then Read.</source>
        <translation>Pegue aquí el texto del &amp;documento del plan (de un procesador de textos, un visor de PDF o una página web), o ábralo desde un archivo .txt, .html o .md; luego oprima Leer.</translation>
    </message>
    <message>
        <source>Plan document text</source>
        <translation>Texto del documento del plan</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>&amp;Back to the Text</source>
        <translation>&amp;Volver al texto</translation>
    </message>
    <message>
        <source>Create &amp;Plan…</source>
        <translation>Crear &amp;plan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ObjectivePane</name>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Objective code</source>
        <translation>Código del objetivo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Objective title</source>
        <translation>Título del objetivo</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Objective owner</source>
        <translation>Responsable del objetivo</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Profile attributes or themes, separated by commas</source>
        <translation>Atributos del perfil o temas, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Objective description</source>
        <translation>Descripción del objetivo</translation>
    </message>
</context>
<context>
    <name>OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Abrir desde el servidor</translation>
    </message>
    <message>
        <source>Plans shared on the district&apos;s PostgreSQL server. Give the server&apos;s address as your IT department gave it to you, then choose a plan.</source>
        <translation>Planes compartidos en el servidor PostgreSQL del distrito. Escriba la dirección del servidor tal como se la dio el departamento de tecnología y elija un plan.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>postgresql://login@server.example.org/cairn</source>
        <translation>postgresql://usuario@servidor.ejemplo.org/cairn</translation>
    </message>
    <message>
        <source>Show &amp;Plans</source>
        <translation>Mostrar &amp;planes</translation>
    </message>
    <message>
        <source>P&amp;lans on the server:</source>
        <translation>P&amp;lanes en el servidor:</translation>
    </message>
    <message>
        <source>Plans on the server</source>
        <translation>Planes en el servidor</translation>
    </message>
</context>
<context>
    <name>OpenRefusal</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 is not a Cairn plan, so it cannot be opened. It may be a plan written as JSON, or another kind of file whose name was changed to end in .cairn. To make a plan from a JSON file, use %2. The file has not been changed.</source>
        <translation>%1 no es un plan de Cairn, así que no se puede abrir. Puede ser un plan escrito en JSON, u otro tipo de archivo cuyo nombre se cambió para terminar en .cairn. Para crear un plan a partir de un archivo JSON, use %2. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database, not a Cairn plan, so it cannot be opened. To make a plan from a JSON file, use %2. The file has not been changed.</source>
        <translation>%1 es la base de datos de otro programa, no un plan de Cairn, así que no se puede abrir. Para crear un plan a partir de un archivo JSON, use %2. El archivo no se modificó.</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Fir&amp;st school year:</source>
        <translation>Primer año e&amp;scolar:</translation>
    </message>
    <message>
        <source>First school year</source>
        <translation>Primer año escolar</translation>
    </message>
    <message>
        <source>2023-24</source>
        <translation>2023-24</translation>
    </message>
    <message>
        <source>&amp;Last school year:</source>
        <translation>Ú&amp;ltimo año escolar:</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Último año escolar</translation>
    </message>
    <message>
        <source>2027-28</source>
        <translation>2027-28</translation>
    </message>
    <message>
        <source>&amp;Year under review:</source>
        <translation>Año en &amp;revisión:</translation>
    </message>
    <message>
        <source>Year under review</source>
        <translation>Año en revisión</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Plan description</source>
        <translation>Descripción del plan</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Misión:</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation>V&amp;isión:</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Theory of &amp;action:</source>
        <translation>Teoría de &amp;acción:</translation>
    </message>
    <message>
        <source>Theory of action</source>
        <translation>Teoría de acción</translation>
    </message>
    <message>
        <source>&amp;Kind of plan:</source>
        <translation>Tipo de &amp;plan:</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>School or department</source>
        <translation>Escuela o departamento</translation>
    </message>
    <message>
        <source>The school or department whose plan this is</source>
        <translation>La escuela o el departamento al que pertenece este plan</translation>
    </message>
    <message>
        <source>Aligns to:</source>
        <translation>Se alinea con:</translation>
    </message>
    <message>
        <source>Choose Distri&amp;ct Plan…</source>
        <translation>&amp;Elegir plan del distrito…</translation>
    </message>
    <message>
        <source>Choose the district plan this plan aligns to</source>
        <translation>Elegir el plan del distrito con el que se alinea este plan</translation>
    </message>
    <message>
        <source>&amp;Needs assessment:</source>
        <translation>Evaluación de &amp;necesidades:</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
    <message>
        <source>What the data show, and which needs the plan answers</source>
        <translation>Qué muestran los datos y a qué necesidades responde el plan</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Board Report</source>
        <translation>Informe a la Junta Directiva</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Año escolar:</translation>
    </message>
    <message>
        <source>School year to report on</source>
        <translation>Año escolar del informe</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Metas:</translation>
    </message>
    <message>
        <source>Goals to include</source>
        <translation>Metas que se incluyen</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Compare &amp;with review:</source>
        <translation>Comparar &amp;con la revisión:</translation>
    </message>
    <message>
        <source>Add what changed since this review</source>
        <translation>Agregar lo que cambió desde esta revisión</translation>
    </message>
    <message>
        <source>Include each measure&apos;s &amp;chart</source>
        <translation>Incluir la &amp;gráfica de cada indicador</translation>
    </message>
    <message>
        <source>Include the &amp;actions</source>
        <translation>Incluir las acc&amp;iones</translation>
    </message>
    <message>
        <source>Include the committee&apos;s &amp;recommendations</source>
        <translation>Incluir las &amp;recomendaciones del comité</translation>
    </message>
    <message>
        <source>Include the &amp;school plans of the Alignment tab</source>
        <translation>Incluir los planes e&amp;scolares de la pestaña Alineación</translation>
    </message>
    <message>
        <source>Include a School plans section</source>
        <translation>Incluir una sección de planes escolares</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>The report&apos;s words, dates and month names; whatever language Cairn itself speaks</source>
        <translation>Las palabras, fechas y nombres de los meses del informe, sea cual sea el idioma de Cairn</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <source>Start a Review</source>
        <translation>Iniciar una revisión</translation>
    </message>
    <message>
        <source>Starting a review freezes every item&apos;s status, values, targets and progress as they are now. Later edits never change what the review saw. Tab moves between the fields; Ctrl+Enter or Start Review starts it.</source>
        <translation>Al iniciar una revisión se congelan el estado, los valores, los valores meta y el avance de cada elemento tal como están ahora. Los cambios posteriores nunca modifican lo que vio la revisión. Tab pasa al campo siguiente; Ctrl+Intro o el botón Iniciar revisión la inicia.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Review title</source>
        <translation>Título de la revisión</translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation>&amp;Fecha de la reunión:</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>School &amp;year reviewed:</source>
        <translation>A&amp;ño escolar revisado:</translation>
    </message>
    <message>
        <source>School year reviewed</source>
        <translation>Año escolar revisado</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Asistentes:</translation>
    </message>
    <message>
        <source>Attendees, one per line</source>
        <translation>Asistentes, uno por línea</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nombre por línea</translation>
    </message>
</context>
<context>
    <name>TypeChangeQuestion</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 valor meta</translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation>%1 valores meta</translation>
    </message>
    <message>
        <source>1 actual value</source>
        <translation>1 valor real</translation>
    </message>
    <message>
        <source>%1 actual values</source>
        <translation>%1 valores reales</translation>
    </message>
    <message>
        <source>a baseline</source>
        <translation>una línea de base</translation>
    </message>
    <message>
        <source>a final target</source>
        <translation>un valor meta final</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>una fecha de vencimiento</translation>
    </message>
    <message>
        <source>a completed date</source>
        <translation>una fecha de término</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>A measure of numbers</source>
        <translation>Un indicador numérico</translation>
    </message>
    <message>
        <source>Change to &amp;Numbers</source>
        <translation>Cambiar a &amp;numérico</translation>
    </message>
    <message>
        <source>to numbers</source>
        <translation>a numérico</translation>
    </message>
    <message>
        <source>A milestone</source>
        <translation>Un hito</translation>
    </message>
    <message>
        <source>Change to &amp;Milestone</source>
        <translation>Cambiar a &amp;hito</translation>
    </message>
    <message>
        <source>to a milestone</source>
        <translation>a hito</translation>
    </message>
    <message>
        <source>A narrative measure</source>
        <translation>Un indicador narrativo</translation>
    </message>
    <message>
        <source>Change to &amp;Narrative</source>
        <translation>Cambiar a na&amp;rrativo</translation>
    </message>
    <message>
        <source>to a narrative</source>
        <translation>a narrativo</translation>
    </message>
    <message>
        <source>Change the type of measure %1?</source>
        <translation>¿Cambiar el tipo del indicador %1?</translation>
    </message>
    <message>
        <source>Measure %1 has %2. %3 does not show them; they are kept, and come back if you change it back %4.</source>
        <translation>El indicador %1 tiene %2. %3 no los muestra; se conservan y vuelven a aparecer si lo cambia de nuevo %4.</translation>
    </message>
</context>
<context>
    <name>cairn::ActionPane</name>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Nota de avance</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de avance</translation>
    </message>
    <message>
        <source>Responsibilities:</source>
        <translation>Responsabilidades:</translation>
    </message>
    <message>
        <source>Progress notes:</source>
        <translation>Notas de avance:</translation>
    </message>
    <message>
        <source>Action %1 · %2 %3</source>
        <translation>Acción %1 · %2 %3</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year (2025-26), a date (2026-06-30) or &quot;ongoing&quot;; nothing was saved.</source>
        <translation>&quot;%1&quot; no es un año escolar (2025-26), una fecha (2026-06-30) ni &quot;continuo&quot;; no se guardó nada.</translation>
    </message>
    <message>
        <source>A progress note needs a date such as %1; nothing was saved.</source>
        <translation>Una nota de avance necesita una fecha como %1; no se guardó nada.</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Editar la acción %1</translation>
    </message>
    <message>
        <source>Suppo&amp;rts district items:</source>
        <translation>Apoya a e&amp;lementos del distrito:</translation>
    </message>
    <message>
        <source>District plan items the action supports</source>
        <translation>Elementos del plan del distrito que apoya la acción</translation>
    </message>
    <message>
        <source>Description in Spanish:</source>
        <translation>Descripción en español:</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
</context>
<context>
    <name>cairn::Alignment</name>
    <message>
        <source>%1 aligns to the plan &quot;%2&quot; (id %3), not to this district plan &quot;%4&quot; (id %5); it is left out.</source>
        <translation>%1 se alinea con el plan &quot;%2&quot; (id %3), no con este plan del distrito &quot;%4&quot; (id %5); se deja fuera.</translation>
    </message>
    <message>
        <source>Supports %1, which the district plan does not have: choose the district item it supports.</source>
        <translation>Apoya a %1, que el plan del distrito no tiene: elija el elemento del distrito al que apoya.</translation>
    </message>
    <message>
        <source>Supports %1, which the district plan does not have: did you mean %2 &quot;%3&quot;?</source>
        <translation>Apoya a %1, que el plan del distrito no tiene: ¿quiso decir %2 &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>%1 is a district plan (%2), not a school plan: name the plans of the schools that align to &quot;%3&quot;.</source>
        <translation>%1 es un plan del distrito (%2), no un plan escolar: indique los planes de las escuelas que se alinean con &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2) does not say which district plan it aligns to: choose &quot;%3&quot; under Aligns to in its Plan Details, then name it again.</source>
        <translation>%1 (%2) no indica con qué plan del distrito se alinea: elija &quot;%3&quot; en Se alinea con, en sus Detalles del plan, y vuelva a indicarlo.</translation>
    </message>
    <message>
        <source>%1 (%2) aligns to the plan &quot;%3&quot; (id %4), not to this district plan &quot;%5&quot; (id %6).</source>
        <translation>%1 (%2) se alinea con el plan &quot;%3&quot; (id %4), no con este plan del distrito &quot;%5&quot; (id %6).</translation>
    </message>
</context>
<context>
    <name>cairn::AlignmentView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add School Plans…</source>
        <translation>&amp;Agregar planes escolares…</translation>
    </message>
    <message>
        <source>Add Fol&amp;der…</source>
        <translation>Agregar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Remove A&amp;ll</source>
        <translation>&amp;Quitar todos</translation>
    </message>
    <message>
        <source>Add school plans</source>
        <translation>Agregar planes escolares</translation>
    </message>
    <message>
        <source>Add a folder of school plans</source>
        <translation>Agregar una carpeta de planes escolares</translation>
    </message>
    <message>
        <source>Remove all school plans</source>
        <translation>Quitar todos los planes escolares</translation>
    </message>
    <message>
        <source>District goals and objectives by school</source>
        <translation>Metas y objetivos del distrito por escuela</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>How to fix the chosen row</source>
        <translation>Cómo corregir la fila elegida</translation>
    </message>
    <message>
        <source>Add School Plans</source>
        <translation>Agregar planes escolares</translation>
    </message>
    <message>
        <source>Cairn plans (*.cairn *.json);;All files (*)</source>
        <translation>Planes de Cairn (*.cairn *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a Folder of School Plans</source>
        <translation>Agregar una carpeta de planes escolares</translation>
    </message>
    <message>
        <source>This is a school or department plan. Open the district plan it aligns to, and add this plan there, to see how the school plans support it.</source>
        <translation>Este es un plan de una escuela o de un departamento. Abra el plan del distrito con el que se alinea y agregue allí este plan para ver cómo lo apoyan los planes escolares.</translation>
    </message>
    <message>
        <source>No school plans yet. Add the school improvement plans that align to this district plan (plan files or JSON plans, or a folder of them) to see which district objectives they support.</source>
        <translation>Todavía no hay planes escolares. Agregue los planes de mejora escolar que se alinean con este plan del distrito (archivos de plan o planes en JSON, o una carpeta con ellos) para ver qué objetivos del distrito apoyan.</translation>
    </message>
    <message>
        <source>School plans aligned to this plan: %1 · school year %2 · district objectives no school supports: %3 of %4</source>
        <translation>Planes escolares alineados con este plan: %1 · año escolar %2 · objetivos del distrito que ninguna escuela apoya: %3 de %4</translation>
    </message>
    <message>
        <source>District goal or objective</source>
        <translation>Meta u objetivo del distrito</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>District objectives no school supports (%1)</source>
        <translation>Objetivos del distrito que ninguna escuela apoya (%1)</translation>
    </message>
    <message>
        <source>Ask the schools whose work serves %1 to name it in an item&apos;s Supports field. Enter shows it in the Plan tab.</source>
        <translation>Pida a las escuelas cuyo trabajo sirve a %1 que lo anoten en el campo «Apoya a elementos del distrito» de un elemento. Pulse Intro para verlo en la pestaña Plan.</translation>
    </message>
    <message>
        <source>School goals and objectives that support nothing (%1)</source>
        <translation>Metas y objetivos escolares que no apoyan nada (%1)</translation>
    </message>
    <message>
        <source>Open the school plan (Enter) and name the district item %1 serves in its Supports field.</source>
        <translation>Abra el plan escolar (Intro) y anote en su campo «Apoya a elementos del distrito» el elemento del distrito al que sirve %1.</translation>
    </message>
    <message>
        <source>Links to codes the district plan does not have (%1)</source>
        <translation>Vínculos a códigos que el plan del distrito no tiene (%1)</translation>
    </message>
    <message>
        <source>Open the school plan (Enter) to change it.</source>
        <translation>Abra el plan escolar (Intro) para cambiarlo.</translation>
    </message>
    <message>
        <source>School plans aligned to another district plan (%1)</source>
        <translation>Planes escolares alineados con otro plan del distrito (%1)</translation>
    </message>
    <message>
        <source>Remove it here, or open it (Enter) and check the district plan it names.</source>
        <translation>Quítelo aquí, o ábralo (Intro) y revise el plan del distrito que nombra.</translation>
    </message>
</context>
<context>
    <name>cairn::ApprovalsView</name>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>&amp;Return to Owner…</source>
        <translation>&amp;Devolver al responsable…</translation>
    </message>
    <message>
        <source>Values waiting for approval</source>
        <translation>Valores en espera de aprobación</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Make the chosen values final</source>
        <translation>Hacer finales los valores elegidos</translation>
    </message>
    <message>
        <source>Send the chosen values back to their owners with a note; they stay preliminary</source>
        <translation>Devolver los valores elegidos a sus responsables con una nota; siguen siendo preliminares</translation>
    </message>
    <message>
        <source>&amp;Values waiting (choose several with Shift or Ctrl):</source>
        <translation>&amp;Valores en espera (elija varios con Mayús o Ctrl):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>↩ Returned: %1</source>
        <translation>↩ Devuelto: %1</translation>
    </message>
    <message>
        <source>◷ Waiting</source>
        <translation>◷ En espera</translation>
    </message>
    <message>
        <source>Returned to %1 with this note; it comes back here when they enter it again.</source>
        <translation>Devuelto a %1 con esta nota; vuelve aquí cuando lo registre de nuevo.</translation>
    </message>
    <message>
        <source>Entered, not yet approved</source>
        <translation>Registrado, aún sin aprobar</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>No value is waiting for approval: every value in the plan is final.</source>
        <translation>Ningún valor espera aprobación: todos los valores del plan son finales.</translation>
    </message>
    <message>
        <source>%1; %2. Approving makes a value final; returning sends it back to its owner with your note.</source>
        <translation>%1; %2. Al aprobar un valor, queda como final; al devolverlo, vuelve a su responsable con su nota.</translation>
    </message>
    <message numerus="yes">
        <source>%n values waiting for approval</source>
        <translation>
            <numerusform>%n valor en espera de aprobación</numerusform>
            <numerusform>%n valores en espera de aprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned to their owners</source>
        <translation>
            <numerusform>%n devuelto a su responsable</numerusform>
            <numerusform>%n devueltos a sus responsables</numerusform>
        </translation>
    </message>
    <message>
        <source>The values were not changed.</source>
        <translation>Los valores no se cambiaron.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n values</source>
        <translation>
            <numerusform>Aprobar %n valor</numerusform>
            <numerusform>Aprobar %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what the owner should check or fix; nothing was returned.</source>
        <translation>Indique qué debe revisar o corregir el responsable; no se devolvió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Return %n values</source>
        <translation>
            <numerusform>Devolver %n valor</numerusform>
            <numerusform>Devolver %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>Return to Owner</source>
        <translation>Devolver al responsable</translation>
    </message>
    <message>
        <source>What should the owner check or fix? They see this note on My Updates.</source>
        <translation>¿Qué debe revisar o corregir el responsable? Verá esta nota en Mis actualizaciones.</translation>
    </message>
</context>
<context>
    <name>cairn::AssessmentEditor</name>
    <message>
        <source>Manual status</source>
        <translation>Estado manual</translation>
    </message>
    <message>
        <source>Reason for the manual status</source>
        <translation>Motivo del estado manual</translation>
    </message>
    <message>
        <source>Why the committee judges it so</source>
        <translation>Por qué el comité lo evalúa así</translation>
    </message>
    <message>
        <source>Computed by the status rules</source>
        <translation>Calculado por las reglas de estado</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Ra&amp;zón:</translation>
    </message>
    <message>
        <source>Manual assessment for %1</source>
        <translation>Evaluación manual de %1</translation>
    </message>
</context>
<context>
    <name>cairn::AttentionModel</name>
    <message>
        <source>Value missing</source>
        <translation>Falta el valor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>%1 against a target of %2</source>
        <translation>%1 frente a un valor meta de %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>valor meta %1</translation>
    </message>
    <message>
        <source>due %1, %2% complete</source>
        <translation>vence %1, %2% de avance</translation>
    </message>
    <message>
        <source>assessed by people</source>
        <translation>evaluado por personas</translation>
    </message>
    <message>
        <source>assessed: %1</source>
        <translation>evaluado: %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Measure or action</source>
        <translation>Indicador o acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>cairn::Author</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cairn::AuthorDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Every change in a plan records who made it. Give your name once: Cairn keeps it on this computer and records it with every change you make. You can change it under Edit → Preferences.</source>
        <translation>Cada cambio en un plan registra quién lo hizo. Escriba su nombre una sola vez: Cairn lo guarda en esta computadora y lo registra con cada cambio que usted haga. Puede cambiarlo en Edición → Preferencias.</translation>
    </message>
    <message>
        <source>Save My Name</source>
        <translation>Guardar mi nombre</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Every change you make in a plan records this name. Your role is shown beside it in the status bar.</source>
        <translation>Cada cambio que haga en un plan queda registrado con este nombre; su nombre y su cargo aparecen en la barra de estado.</translation>
    </message>
    <message>
        <source>Give your name: every change in a plan records who made it.</source>
        <translation>Escriba su nombre: cada cambio en un plan registra quién lo hizo.</translation>
    </message>
</context>
<context>
    <name>cairn::BoardReport</name>
    <message>
        <source>Progress Report — School Year %1</source>
        <translation>Informe de progreso — Año escolar %1</translation>
    </message>
    <message>
        <source>strategic plan, progress report, %1</source>
        <translation>plan estratégico, informe de progreso, %1</translation>
    </message>
    <message>
        <source>Progress Report · School Year %1 · %2</source>
        <translation>Informe de progreso · Año escolar %1 · %2</translation>
    </message>
</context>
<context>
    <name>cairn::ChangeWatch</name>
    <message>
        <source>The plan was changed in another window or by cairn-cli; their changes are shown.</source>
        <translation>El plan se modificó en otra ventana o con cairn-cli; se muestran esos cambios.</translation>
    </message>
    <message>
        <source>The plan was changed in another window or by cairn-cli; their changes are shown. Undo history was cleared: it held changes to the same items.</source>
        <translation>El plan se modificó en otra ventana o con cairn-cli; se muestran esos cambios. Se borró el historial para deshacer: contenía cambios a los mismos elementos.</translation>
    </message>
    <message>
        <source>The connection to the server %1 is back; you can edit again. What others changed meanwhile is shown.</source>
        <translation>Se restableció la conexión con el servidor %1; ya puede volver a editar. Se muestra lo que otros cambiaron mientras tanto.</translation>
    </message>
    <message>
        <source>The connection to the server %1 is back; you can edit again. Nobody changed the plan meanwhile.</source>
        <translation>Se restableció la conexión con el servidor %1; ya puede volver a editar. Nadie cambió el plan mientras tanto.</translation>
    </message>
</context>
<context>
    <name>cairn::ChartImage</name>
    <message>
        <source>%1: the file name must end in .png or .svg.</source>
        <translation>%1: el nombre del archivo debe terminar en .png o .svg.</translation>
    </message>
    <message>
        <source>%1: the image could not be encoded.</source>
        <translation>%1: no se pudo codificar la imagen.</translation>
    </message>
</context>
<context>
    <name>cairn::ChartPainter</name>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valor meta</translation>
    </message>
    <message>
        <source>Target (derived)</source>
        <translation>Valor meta (derivado)</translation>
    </message>
    <message>
        <source>Hollow: preliminary</source>
        <translation>Hueco: preliminar</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Línea de base %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Valor meta %1</translation>
    </message>
    <message>
        <source>The baseline is still to be collected; no targets or values yet.</source>
        <translation>La línea de base está pendiente de recopilar; todavía no hay valores meta ni valores.</translation>
    </message>
    <message>
        <source>No baseline, targets or values recorded yet.</source>
        <translation>Todavía no hay línea de base, valores meta ni valores registrados.</translation>
    </message>
    <message>
        <source>Baseline still to be collected</source>
        <translation>Línea de base pendiente de recopilar</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Completado %1</translation>
    </message>
    <message>
        <source>no due date set</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>A narrative measure has no chart.</source>
        <translation>Un indicador narrativo no tiene gráfica.</translation>
    </message>
    <message>
        <source>Assessment %1: %2 %3</source>
        <translation>Evaluación %1: %2 %3</translation>
    </message>
    <message>
        <source>No assessment recorded yet.</source>
        <translation>Todavía no hay una evaluación registrada.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Values withheld to protect a small student group: %1.</source>
        <translation>Valores retenidos para proteger a un grupo pequeño de estudiantes: %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>cairn::ChartWidget</name>
    <message>
        <source>Baseline %1 in %2</source>
        <translation>Línea de base %1 en %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> against a target of %1</source>
        <translation> frente a un valor meta de %1</translation>
    </message>
    <message>
        <source> (preliminary)</source>
        <translation> (preliminar)</translation>
    </message>
    <message>
        <source>Final target %1 in %2</source>
        <translation>Valor meta final %1 en %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the chart full screen</source>
        <translation>Haga doble clic u oprima Intro para ver la gráfica en pantalla completa</translation>
    </message>
    <message>
        <source>Annual-target chart</source>
        <translation>Gráfica de valores meta anuales</translation>
    </message>
    <message>
        <source>No measure shown</source>
        <translation>No se muestra ningún indicador</translation>
    </message>
    <message>
        <source>Annual-target chart of %1</source>
        <translation>Gráfica de valores meta anuales de %1</translation>
    </message>
    <message>
        <source>No baseline, targets or actuals yet</source>
        <translation>Todavía no hay línea de base, valores meta ni valores reales</translation>
    </message>
</context>
<context>
    <name>cairn::ChartWindow</name>
    <message>
        <source>Chart</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>Esc closes the chart.</source>
        <translation>Esc cierra la gráfica.</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Gráfica de %1</translation>
    </message>
</context>
<context>
    <name>cairn::CoverageText</name>
    <message>
        <source>%1 of 1 measure reported</source>
        <translation>%1 de 1 indicador reportado</translation>
    </message>
    <message>
        <source>%1 of %2 measures reported</source>
        <translation>%1 de %2 indicadores reportados</translation>
    </message>
    <message>
        <source>no measures</source>
        <translation>sin indicadores</translation>
    </message>
    <message>
        <source>%1 (assessed)</source>
        <translation>%1 (evaluado)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1% of the way from the baselines to the final targets</source>
        <translation>%1% del camino desde las líneas de base hasta los valores meta finales</translation>
    </message>
    <message>
        <source>%1% of the way to the final targets</source>
        <translation>%1% del camino hacia los valores meta finales</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2 action</source>
        <translation>%1 de %2 acción</translation>
    </message>
    <message>
        <source>%1 of %2 actions</source>
        <translation>%1 de %2 acciones</translation>
    </message>
    <message>
        <source>%1 of %2 action complete</source>
        <translation>%1 de %2 acción completada</translation>
    </message>
    <message>
        <source>%1 of %2 actions complete</source>
        <translation>%1 de %2 acciones completadas</translation>
    </message>
    <message>
        <source>%1 of %2 outcome</source>
        <translation>%1 de %2 resultado</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes</source>
        <translation>%1 de %2 resultados</translation>
    </message>
    <message>
        <source>%1 of %2 dated outcome met</source>
        <translation>%1 de %2 resultado con fecha logrado</translation>
    </message>
    <message>
        <source>%1 of %2 dated outcomes met</source>
        <translation>%1 de %2 resultados con fecha límite logrados</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No progress measured yet</source>
        <translation>Todavía no se ha medido el avance</translation>
    </message>
</context>
<context>
    <name>cairn::DashboardView</name>
    <message>
        <source>School &amp;year under review:</source>
        <translation>A&amp;ño escolar en revisión:</translation>
    </message>
    <message>
        <source>School year under review</source>
        <translation>Año escolar en revisión</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Avance del plan</translation>
    </message>
    <message>
        <source>The plan&apos;s measures and actions by status</source>
        <translation>Los indicadores y las acciones del plan por estado</translation>
    </message>
    <message>
        <source>Objectives by school year</source>
        <translation>Objetivos por año escolar</translation>
    </message>
    <message>
        <source>Status of each objective in each school year</source>
        <translation>Estado de cada objetivo en cada año escolar</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>%1 (report year)</source>
        <translation>%1 (año del informe)</translation>
    </message>
    <message>
        <source>Plan: %1 %2</source>
        <translation>Plan: %1 %2</translation>
    </message>
    <message>
        <source>Measures and actions in %1: %2</source>
        <translation>Indicadores y acciones en %1: %2</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Requiere atención (%1)</translation>
    </message>
</context>
<context>
    <name>cairn::DocumentLanguage</name>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>How a document writes a date in full, as QLocale&apos;s date formats: MMMM is the month&apos;s name, d the day, yyyy the year.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>cairn::EntryDialog</name>
    <message>
        <source>Enter starts a new line; Ctrl+Enter records it</source>
        <translation>Intro inicia una línea nueva; Ctrl+Intro la registra</translation>
    </message>
    <message>
        <source>Tab: next field · Enter: new line · Ctrl+Enter: OK · Esc: cancel</source>
        <translation>Tab: campo siguiente · Intro: línea nueva · Ctrl+Intro: Aceptar · Esc: cancelar</translation>
    </message>
</context>
<context>
    <name>cairn::FileUsers</name>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (proceso %2)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>another window of this Cairn</source>
        <translation>otra ventana de este Cairn</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>cairn::FindingGroups</name>
    <message numerus="yes">
        <source>%1, … and %n more</source>
        <translation>
            <numerusform>%1, … y %n más</numerusform>
            <numerusform>%1, … y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cairn::GoalCard</name>
    <message>
        <source>Progress of %1</source>
        <translation>Avance de %1</translation>
    </message>
    <message>
        <source>Measures and actions of %1 by status</source>
        <translation>Indicadores y acciones de %1 por estado</translation>
    </message>
    <message>
        <source>Nothing judged yet</source>
        <translation>Nada evaluado todavía</translation>
    </message>
    <message>
        <source>%1 of %2 measures without data</source>
        <translation>%1 de %2 indicadores sin datos</translation>
    </message>
    <message>
        <source>%1 of %2 actions overdue</source>
        <translation>%1 de %2 acciones vencidas</translation>
    </message>
    <message>
        <source>Goal %1 %2: %3</source>
        <translation>Meta %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>cairn::GoalPane</name>
    <message>
        <source>Goal %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation>Editar la meta %1</translation>
    </message>
    <message>
        <source>Su&amp;pports district items:</source>
        <translation>A&amp;poya a elementos del distrito:</translation>
    </message>
    <message>
        <source>District plan items the goal supports</source>
        <translation>Elementos del plan del distrito que apoya la meta</translation>
    </message>
    <message>
        <source>Title in Spanish:</source>
        <translation>Título en español:</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>Short name in Spanish:</source>
        <translation>Nombre corto en español:</translation>
    </message>
    <message>
        <source>Short name in Spanish</source>
        <translation>Nombre corto en español</translation>
    </message>
    <message>
        <source>Description in Spanish:</source>
        <translation>Descripción en español:</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
</context>
<context>
    <name>cairn::GoalSummaryModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Measures without data</source>
        <translation>Indicadores sin datos</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Acciones vencidas</translation>
    </message>
</context>
<context>
    <name>cairn::HeatMapModel</name>
    <message>
        <source>Objective %1 in %2: %3</source>
        <translation>Objetivo %1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 ▸</source>
        <translation>%1 ▸</translation>
    </message>
    <message>
        <source>The school year under review</source>
        <translation>El año escolar en revisión</translation>
    </message>
</context>
<context>
    <name>cairn::HistoryDialog</name>
    <message>
        <source>&amp;Values only (targets and actuals)</source>
        <translation>Solo &amp;valores (valores meta y reales)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Changes to %1, newest first</source>
        <translation>Cambios en %1, los más recientes primero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>cairn::ImportValuesDialog</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 (preliminary)</source>
        <translation>%1 (preliminar)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply the &amp;valid rows</source>
        <translation>Aplicar las filas &amp;válidas</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows unchanged</source>
        <translation>
            <numerusform>%n fila sin cambios</numerusform>
            <numerusform>%n filas sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, and %4. Nothing is imported unless you choose to apply the valid rows.</source>
        <extracomment>%1: the file; %2: &quot;3 values would change&quot;; %3: &quot;30 rows unchanged&quot;; %4: &quot;2 problems must be fixed&quot;.</extracomment>
        <translation>%1: %2, %3 y %4. No se importa nada a menos que elija aplicar las filas válidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n values would change</source>
        <translation>
            <numerusform>cambiaría %n valor</numerusform>
            <numerusform>cambiarían %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems must be fixed</source>
        <translation>
            <numerusform>hay que corregir %n problema</numerusform>
            <numerusform>hay que corregir %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 and %3. The import is one step that Undo takes back.</source>
        <translation>%1: %2 y %3. La importación es un solo paso que Deshacer revierte.</translation>
    </message>
    <message numerus="yes">
        <source>%n values will change</source>
        <translation>
            <numerusform>cambiará %n valor</numerusform>
            <numerusform>cambiarán %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values are far beyond what their measure has had and are imported as they are; the rows marked Check say which.</source>
        <translation>
            <numerusform>%n valor está muy por encima de lo que ha tenido su indicador y se importa tal como está; la fila marcada con Revisar indica cuál.</numerusform>
            <numerusform>%n valores están muy por encima de lo que ha tenido su indicador y se importan tal como están; las filas marcadas con Revisar indican cuáles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ItemCodes</name>
    <message>
        <source>the code &quot;%1&quot; is already used by %2; every item needs its own code</source>
        <translation>el código &quot;%1&quot; ya lo usa %2; cada elemento necesita su propio código</translation>
    </message>
    <message>
        <source>the goal &quot;%1&quot;</source>
        <translation>la meta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the objective &quot;%1&quot;</source>
        <translation>el objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot;</source>
        <translation>la acción &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the measure &quot;%1&quot;</source>
        <translation>el indicador &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>cairn::ItemRules</name>
    <message>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>el responsable</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>la organización</translation>
    </message>
    <message>
        <source>the first year</source>
        <translation>el primer año</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>el último año</translation>
    </message>
    <message>
        <source>the report year</source>
        <translation>el año del informe</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>the last year %1 is before the first year %2</source>
        <translation>el último año %1 es anterior al primer año %2</translation>
    </message>
    <message>
        <source>the report year %1 is outside the plan&apos;s years %2 to %3</source>
        <translation>el año del informe %1 está fuera de los años del plan, %2 a %3</translation>
    </message>
    <message>
        <source>the mission</source>
        <translation>la misión</translation>
    </message>
    <message>
        <source>the vision</source>
        <translation>la visión</translation>
    </message>
    <message>
        <source>the theory of action</source>
        <translation>la teoría de acción</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the heading</source>
        <translation>el encabezado</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>el cargo</translation>
    </message>
    <message>
        <source>the short name</source>
        <translation>el nombre corto</translation>
    </message>
    <message>
        <source>the statement</source>
        <translation>el enunciado</translation>
    </message>
    <message>
        <source>the tag</source>
        <translation>la etiqueta</translation>
    </message>
    <message>
        <source>the percent complete</source>
        <translation>el porcentaje de avance</translation>
    </message>
    <message>
        <source>the duty</source>
        <translation>la tarea</translation>
    </message>
    <message>
        <source>a progress note needs its date</source>
        <translation>una nota de avance necesita su fecha</translation>
    </message>
    <message>
        <source>the note&apos;s date</source>
        <translation>la fecha de la nota</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>who wrote the note</source>
        <translation>quién escribió la nota</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>la unidad</translation>
    </message>
    <message>
        <source>the number of decimals</source>
        <translation>el número de decimales</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>la fuente</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>la línea de base</translation>
    </message>
    <message>
        <source>the baseline&apos;s note</source>
        <translation>la nota de la línea de base</translation>
    </message>
    <message>
        <source>the baseline needs its school year as well as its value or note</source>
        <translation>la línea de base necesita su año escolar además de su valor o nota</translation>
    </message>
    <message>
        <source>the final target</source>
        <translation>el valor meta final</translation>
    </message>
    <message>
        <source>the final target needs its school year as well as its value</source>
        <translation>el valor meta final necesita su año escolar además de su valor</translation>
    </message>
    <message>
        <source>the target for %1</source>
        <translation>el valor meta de %1</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>la fecha de vencimiento</translation>
    </message>
    <message>
        <source>the completion date</source>
        <translation>la fecha de término</translation>
    </message>
    <message>
        <source>the evidence</source>
        <translation>la evidencia</translation>
    </message>
    <message>
        <source>the actual</source>
        <translation>el valor real</translation>
    </message>
    <message>
        <source>who entered it</source>
        <translation>quién lo registró</translation>
    </message>
    <message>
        <source>the as-of date</source>
        <translation>la fecha de corte</translation>
    </message>
    <message>
        <source>the rationale</source>
        <translation>la justificación</translation>
    </message>
    <message>
        <source>who assessed it</source>
        <translation>quién lo evaluó</translation>
    </message>
    <message>
        <source>the meeting date</source>
        <translation>la fecha de la reunión</translation>
    </message>
    <message>
        <source>the attendee</source>
        <translation>el asistente</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>the progress</source>
        <translation>el avance</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>el valor meta</translation>
    </message>
    <message>
        <source>the item&apos;s code</source>
        <translation>el código del elemento</translation>
    </message>
    <message>
        <source>the recommendation</source>
        <translation>la recomendación</translation>
    </message>
    <message>
        <source>a recommendation needs at least one state change, such as {&quot;state&quot;: &quot;proposed&quot;, &quot;date&quot;: &quot;2025-10-14&quot;}</source>
        <translation>una recomendación necesita al menos un cambio de estado, como {&quot;state&quot;: &quot;proposed&quot;, &quot;date&quot;: &quot;2025-10-14&quot;}</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>who made the change</source>
        <translation>quién hizo el cambio</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>el campo</translation>
    </message>
</context>
<context>
    <name>cairn::JsonNode</name>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>anidado a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; keep one</source>
        <translation>esta clave aparece dos veces en el mismo objeto; deje solo una</translation>
    </message>
    <message>
        <source>more than %1 members</source>
        <translation>más de %1 miembros</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>más de %1 entradas</translation>
    </message>
    <message>
        <source>the document is larger than %1 MiB; a plan is far smaller, so this is not a plan</source>
        <translation>el documento pesa más de %1 MiB; un plan es mucho más pequeño, así que esto no es un plan</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>unknown field; the fields here are %1</source>
        <translation>campo desconocido; los campos aquí son %1</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>el número</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>se esperaba un número entero, se encontró %1</translation>
    </message>
    <message>
        <source>expected a school year such as &quot;2024-25&quot; between 1900 and 2200, got %1</source>
        <translation>se esperaba un año escolar como &quot;2024-25&quot; entre 1900 y 2200, se encontró %1</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2025-06-30&quot;, got %1</source>
        <translation>se esperaba una fecha como &quot;2025-06-30&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2025-06-30&quot; or a month or season such as &quot;By January 2026&quot; or &quot;Spring 2026&quot;, got %1</source>
        <translation>se esperaba una fecha como &quot;2025-06-30&quot; o un mes o temporada como &quot;By January 2026&quot; o &quot;Spring 2026&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>expected a time such as &quot;2025-06-30T14:05:00Z&quot;, got %1</source>
        <translation>se esperaba una hora como &quot;2025-06-30T14:05:00Z&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>la hora</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>se esperaba uno de %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a Cairn plan document</source>
        <translation>se esperaba &quot;%1&quot;: esto no es un documento de plan de Cairn</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>this document is format version %1, written by a newer Cairn; this Cairn reads version %2. Export it again from a matching Cairn.</source>
        <translation>este documento tiene la versión de formato %1, escrita por un Cairn más reciente; este Cairn lee la versión %2. Expórtelo de nuevo desde un Cairn de la misma versión.</translation>
    </message>
    <message>
        <source>expected a format version from 1, got %1</source>
        <translation>se esperaba una versión de formato a partir de 1, se encontró %1</translation>
    </message>
    <message>
        <source>is required: the identity (&quot;id&quot;) of the district plan</source>
        <translation>es obligatorio: la identidad (&quot;id&quot;) del plan del distrito</translation>
    </message>
    <message>
        <source>names no suppression rule; use tx, wi, de, ca or min-n:N</source>
        <translation>no indica ninguna regla de supresión; use tx, wi, de, ca o min-n:N</translation>
    </message>
    <message>
        <source>expected a plan identity, a UUID such as &quot;1b4e28ba-2fa1-11d2-883f-0016d3cca427&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba una identidad de plan, un UUID como &quot;1b4e28ba-2fa1-11d2-883f-0016d3cca427&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a school year (&quot;2025-26&quot;), a date (&quot;2026-06-30&quot;) or &quot;ongoing&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba un año escolar (&quot;2025-26&quot;), una fecha (&quot;2026-06-30&quot;) u &quot;ongoing&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number, got null; leave the year out instead</source>
        <translation>se esperaba un número, se encontró null; mejor omita el año</translation>
    </message>
    <message>
        <source>is the number of students the value is about: a whole number, 0 or more</source>
        <translation>es el número de estudiantes al que se refiere el valor: un número entero, 0 o más</translation>
    </message>
    <message>
        <source>child measures may be nested at most 3 levels deep</source>
        <translation>los indicadores secundarios pueden anidarse a lo sumo 3 niveles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year; write years as &quot;2024-25&quot;</source>
        <translation>&quot;%1&quot; no es un año escolar; escriba los años como &quot;2024-25&quot;</translation>
    </message>
    <message>
        <source>is no way of writing numbers; use &quot;1,234.5&quot;, &quot;1.234,5&quot; or &quot;1 234,5&quot;</source>
        <translation>no es una forma de escribir números; use &quot;1,234.5&quot;, &quot;1.234,5&quot; o &quot;1 234,5&quot;</translation>
    </message>
    <message>
        <source>belongs to a preliminary value only: a final value was approved, not returned</source>
        <translation>corresponde solo a un valor preliminar: un valor final fue aprobado, no devuelto</translation>
    </message>
</context>
<context>
    <name>cairn::ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Agregar a %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Quitar de %1</translation>
    </message>
</context>
<context>
    <name>cairn::MainWindow</name>
    <message>
        <source>⚠ This plan is open read-only: you can look at it, but not change it.</source>
        <translation>⚠ Este plan está abierto en modo de solo lectura: puede consultarlo, pero no modificarlo.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cairn&lt;/h2&gt;&lt;p&gt;Open a plan with &lt;b&gt;File → Open&lt;/b&gt;, start one with &lt;b&gt;File → New&lt;/b&gt;, or bring in a plan written as JSON with &lt;b&gt;File → Import JSON&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cairn&lt;/h2&gt;&lt;p&gt;Abra un plan con &lt;b&gt;Archivo → Abrir&lt;/b&gt;, comience uno con &lt;b&gt;Archivo → Nuevo plan&lt;/b&gt;, o traiga un plan escrito en JSON con &lt;b&gt;Archivo → Importar JSON&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every change you make records this name; change it under Edit → Preferences.</source>
        <translation>Cada cambio que haga queda registrado con este nombre; puede cambiarlo en Edición → Preferencias.</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open Rea&amp;d-Only…</source>
        <translation>Abrir en solo &amp;lectura…</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>&amp;Guardar una copia como…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportar JSON…</translation>
    </message>
    <message>
        <source>Export &amp;Values…</source>
        <translation>Exportar &amp;valores…</translation>
    </message>
    <message>
        <source>Import Va&amp;lues…</source>
        <translation>Importar val&amp;ores…</translation>
    </message>
    <message>
        <source>Export Re&amp;port (PDF)…</source>
        <translation>Exportar in&amp;forme (PDF)…</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Vista &amp;previa de impresión…</translation>
    </message>
    <message>
        <source>Pu&amp;blish Website…</source>
        <translation>Pu&amp;blicar sitio web…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Add &amp;Goal</source>
        <translation>Agregar &amp;meta</translation>
    </message>
    <message>
        <source>Add &amp;Objective</source>
        <translation>Agregar &amp;objetivo</translation>
    </message>
    <message>
        <source>Add &amp;Action</source>
        <translation>Agregar &amp;acción</translation>
    </message>
    <message>
        <source>Add &amp;Measure</source>
        <translation>Agregar &amp;indicador</translation>
    </message>
    <message>
        <source>Add C&amp;hild Measure</source>
        <translation>Agregar s&amp;ubindicador</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Update Values</source>
        <translation>Actualizar &amp;valores</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Vista &amp;general</translation>
    </message>
    <message>
        <source>Revie&amp;ws</source>
        <translation>Revi&amp;siones</translation>
    </message>
    <message>
        <source>Re&amp;sponsibilities</source>
        <translation>Responsa&amp;bilidades</translation>
    </message>
    <message>
        <source>Item &amp;History…</source>
        <translation>&amp;Historial del elemento…</translation>
    </message>
    <message>
        <source>Start Re&amp;view…</source>
        <translation>Iniciar re&amp;visión…</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más g&amp;rande</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Texto más pe&amp;queño</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New Plan &amp;from Document…</source>
        <translation>Nuevo plan a partir de un &amp;documento…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>&amp;Acerca de Cairn</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 is already open in this window.</source>
        <translation>%1 ya está abierto en esta ventana.</translation>
    </message>
    <message>
        <source>Plan already open</source>
        <translation>El plan ya está abierto</translation>
    </message>
    <message>
        <source>%1 is already open in %2.</source>
        <translation>%1 ya está abierto en %2.</translation>
    </message>
    <message>
        <source>You can edit it here too: each window shows the other&apos;s changes within a second and never saves over them. Or open it read-only, to look without changing it.</source>
        <translation>También puede editarlo aquí: cada ventana muestra los cambios de la otra en menos de un segundo y nunca los sobrescribe. O ábralo en modo de solo lectura, para consultarlo sin modificarlo.</translation>
    </message>
    <message>
        <source>Open to &amp;Edit</source>
        <translation>Abrir para &amp;editar</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>No se puede abrir el plan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>This plan was written by an older Cairn and has been upgraded; the original is kept as %1.</source>
        <translation>Este plan fue escrito por un Cairn anterior y se actualizó; el original se conserva como %1.</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Cairn</source>
        <translation>%1 — %2 (solo lectura) — Cairn</translation>
    </message>
    <message>
        <source>%1 — %2 — Cairn</source>
        <translation>%1 — %2 — Cairn</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Cada cambio se guarda en cuanto lo hace</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <source>Keep the New Plan In</source>
        <translation>Guardar el plan nuevo en</translation>
    </message>
    <message>
        <source>Cairn plans (*.cairn)</source>
        <translation>Planes de Cairn (*.cairn)</translation>
    </message>
    <message>
        <source>Cannot create plan</source>
        <translation>No se puede crear el plan</translation>
    </message>
    <message>
        <source>Open Plan Read-Only</source>
        <translation>Abrir plan en solo lectura</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>Cairn plans (*.cairn);;All files (*)</source>
        <translation>Planes de Cairn (*.cairn);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Choose another file than the open plan itself.</source>
        <translation>Elija un archivo distinto del plan abierto.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Is the copy a new plan, or the same plan (a backup)?</source>
        <translation>¿La copia es un plan nuevo o el mismo plan (un respaldo)?</translation>
    </message>
    <message>
        <source>School plans that align to this plan also align to a copy that is the same plan.</source>
        <translation>Los planes escolares que se alinean con este plan también se alinean con una copia que sea el mismo plan.</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>Plan &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Same Plan</source>
        <translation>&amp;Mismo plan</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
    <message>
        <source>Import a Plan from JSON</source>
        <translation>Importar un plan desde JSON</translation>
    </message>
    <message>
        <source>Cairn JSON plans (*.json);;All files (*)</source>
        <translation>Planes de Cairn en JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid Cairn plan; nothing was imported.</source>
        <translation>%1 no es un plan de Cairn válido; no se importó nada.</translation>
    </message>
    <message>
        <source>Keep the Imported Plan In</source>
        <translation>Guardar el plan importado en</translation>
    </message>
    <message>
        <source>Export the Plan as JSON</source>
        <translation>Exportar el plan como JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Export Values</source>
        <translation>Exportar valores</translation>
    </message>
    <message>
        <source>values-%1.csv</source>
        <translation>valores-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Values for %1 exported to %2.</source>
        <translation>Los valores de %1 se exportaron a %2.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>%1 progress report %2.pdf</source>
        <translation>%1 informe de progreso %2.pdf</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The %1 progress report was written to %2.</source>
        <translation>El informe de progreso de %1 se guardó en %2.</translation>
    </message>
    <message>
        <source>The %1 website was published to %2; open index.html in it to look.</source>
        <translation>El sitio web de %1 se publicó en %2; abra index.html en esa carpeta para verlo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Import Values</source>
        <translation>Importar valores</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Editing as %1</source>
        <translation>Editando como %1</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>Acerca de Cairn</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cairn&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Tracks a school district&apos;s strategic plan: goals, objectives, actions, measures and their yearly targets, in one file, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cairn&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Da seguimiento al plan estratégico de un distrito escolar: metas, objetivos, acciones, indicadores y sus valores meta anuales, en un solo archivo y sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cairn User Guide</source>
        <translation>Guía del usuario de Cairn</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Plan De&amp;tails</source>
        <translation>&amp;Detalles del plan</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Alineación</translation>
    </message>
    <message>
        <source>Spanish Te&amp;xts of the Plan</source>
        <translation>Te&amp;xtos del plan en español</translation>
    </message>
    <message>
        <source>Plan &amp;Quality</source>
        <translation>&amp;Calidad del plan</translation>
    </message>
    <message numerus="yes">
        <source>Import %n values from %1</source>
        <translation>
            <numerusform>Importar %n valor de %1</numerusform>
            <numerusform>Importar %n valores de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open from &amp;Server…</source>
        <translation>Abrir &amp;un plan del servidor…</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>M&amp;y Updates</source>
        <translation>&amp;Mis actualizaciones</translation>
    </message>
    <message>
        <source>Appr&amp;ovals</source>
        <translation>Apr&amp;obaciones</translation>
    </message>
</context>
<context>
    <name>cairn::MeasureComparisonView</name>
    <message>
        <source>District &amp;measure:</source>
        <translation>&amp;Indicador del distrito:</translation>
    </message>
    <message>
        <source>District measure to compare with school measures</source>
        <translation>Indicador del distrito para comparar con los indicadores escolares</translation>
    </message>
    <message>
        <source>District and school values by year</source>
        <translation>Valores del distrito y de las escuelas por año</translation>
    </message>
    <message>
        <source>No school measure supports a district measure yet</source>
        <translation>Todavía ningún indicador escolar apoya a un indicador del distrito</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>District target</source>
        <translation>Valor meta del distrito</translation>
    </message>
    <message>
        <source>District actual</source>
        <translation>Valor real del distrito</translation>
    </message>
    <message>
        <source>%1
%2 %3</source>
        <translation>%1
%2 %3</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>The charts share one span of years and one value scale.</source>
        <translation>Las gráficas comparten los mismos años y la misma escala de valores.</translation>
    </message>
    <message>
        <source>The charts share one span of years; their units differ, so each has its own value scale.</source>
        <translation>Las gráficas comparten los mismos años; sus unidades difieren, así que cada una tiene su propia escala de valores.</translation>
    </message>
    <message>
        <source>Chart of the district measure %1 %2</source>
        <translation>Gráfica del indicador del distrito %1 %2</translation>
    </message>
    <message>
        <source>Chart of %1&apos;s measure %2 %3</source>
        <translation>Gráfica del indicador %2 %3 de %1</translation>
    </message>
</context>
<context>
    <name>cairn::MeasurePane</name>
    <message>
        <source>F&amp;ill targets</source>
        <translation>Completar valore&amp;s meta</translation>
    </message>
    <message>
        <source>Chart fu&amp;ll screen</source>
        <translation>&amp;Gráfica en pantalla completa</translation>
    </message>
    <message>
        <source>Targets and actuals by school year</source>
        <translation>Valores meta y reales por año escolar</translation>
    </message>
    <message>
        <source>Write a target for every year on the line from the baseline to the final target</source>
        <translation>Escribir un valor meta para cada año sobre la línea que va de la línea de base al valor meta final</translation>
    </message>
    <message>
        <source>Show this chart on the whole screen, for a meeting (Esc closes it)</source>
        <translation>Muestra esta gráfica en toda la pantalla, para una reunión (Esc la cierra)</translation>
    </message>
    <message>
        <source>Long-term outcome</source>
        <translation>Resultado a largo plazo</translation>
    </message>
    <message>
        <source>Progress measure</source>
        <translation>Indicador de progreso</translation>
    </message>
    <message>
        <source>Numbers with yearly targets</source>
        <translation>Numérico con valores meta anuales</translation>
    </message>
    <message>
        <source>Milestone with a date</source>
        <translation>Hito con fecha</translation>
    </message>
    <message>
        <source>Narrative, judged by people</source>
        <translation>Narrativo, evaluado por personas</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monto en dólares</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Other (name it)</source>
        <translation>Otra (escriba su nombre)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Más alto es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Más bajo es mejor</translation>
    </message>
    <message>
        <source>Measure %1 · %2 %3</source>
        <translation>Indicador %1 · %2 %3</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was saved.</source>
        <translation>%1: %2; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a school year such as 2024-25; nothing was saved.</source>
        <translation>%1: &quot;%2&quot; no es un año escolar como 2024-25; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date such as 2025-06-30; nothing was saved.</source>
        <translation>%1: &quot;%2&quot; no es una fecha como 2025-06-30; no se guardó nada.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Año de la línea de base</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valor de la línea de base</translation>
    </message>
    <message>
        <source>the baseline of %1</source>
        <translation>la línea de base de %1</translation>
    </message>
    <message>
        <source>Final target year</source>
        <translation>Año del valor meta final</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Valor meta final</translation>
    </message>
    <message>
        <source>the final target of %1</source>
        <translation>el valor meta final de %1</translation>
    </message>
    <message>
        <source>Due date: &quot;%1&quot; is not a date such as 2025-06-30 or a month such as &quot;By January 2026&quot; or &quot;Spring 2026&quot;; nothing was saved.</source>
        <translation>Fecha de vencimiento: &quot;%1&quot; no es una fecha como 2025-06-30 ni un mes como &quot;By January 2026&quot; o &quot;Spring 2026&quot;; no se guardó nada.</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completado el</translation>
    </message>
    <message>
        <source>Edit measure %1</source>
        <translation>Editar el indicador %1</translation>
    </message>
    <message>
        <source>Every year already has a target, or the baseline value or final target is missing.</source>
        <translation>Todos los años ya tienen un valor meta, o falta el valor de la línea de base o el valor meta final.</translation>
    </message>
    <message>
        <source>Fill targets of %1</source>
        <translation>Completar los valores meta de %1</translation>
    </message>
    <message>
        <source>Supports district it&amp;ems:</source>
        <translation>Ap&amp;oya a elementos del distrito:</translation>
    </message>
    <message>
        <source>District plan items the measure supports</source>
        <translation>Elementos del plan del distrito que apoya el indicador</translation>
    </message>
    <message>
        <source>Name in Spanish:</source>
        <translation>Nombre en español:</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Description in Spanish:</source>
        <translation>Descripción en español:</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
    <message>
        <source>Baseline group size: &quot;%1&quot;: %2; nothing was saved.</source>
        <translation>Tamaño del grupo de la línea de base: &quot;%1&quot;: %2; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>cairn::MinutesOptionsDialog</name>
    <message>
        <source>The minutes of the %1 as a PDF: attendees, summary, the status of each goal at the meeting with its notes, and the recommendations.</source>
        <translation>El acta de «%1» en PDF: asistentes, resumen, el estado de cada meta en la reunión con sus notas, y las recomendaciones.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>cairn::MinutesReport</name>
    <message>
        <source>Minutes — %1</source>
        <translation>Acta — %1</translation>
    </message>
    <message>
        <source>%1 · meeting of %2 · reviewing school year %3</source>
        <translation>%1 · reunión del %2 · revisión del año escolar %3</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No se registró ninguno.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Notes on the whole plan</source>
        <translation>Notas sobre todo el plan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>%1 at the meeting%2</source>
        <translation>%1 en la reunión%2</translation>
    </message>
    <message>
        <source> · %1% progress</source>
        <translation> · %1% de avance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Committee assessments for %1</source>
        <translation>Evaluaciones del comité para %1</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>The committee made no recommendations.</source>
        <translation>El comité no hizo recomendaciones.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>%1 — minutes of the %2</source>
        <translation>%1 — acta de la %2</translation>
    </message>
    <message>
        <source>strategic plan, review, minutes, %1</source>
        <translation>plan estratégico, revisión, acta, %1</translation>
    </message>
    <message>
        <source>Minutes · %1 · %2</source>
        <translation>Acta · %1 · %2</translation>
    </message>
</context>
<context>
    <name>cairn::MyUpdatesView</name>
    <message>
        <source>My &amp;actions:</source>
        <translation>Mis &amp;acciones:</translation>
    </message>
    <message>
        <source>Values of my measures</source>
        <translation>Valores de mis indicadores</translation>
    </message>
    <message>
        <source>My &amp;measures&apos; values (type a value; Enter saves it):</source>
        <translation>Valores de mis &amp;indicadores (escriba un valor; Intro lo guarda):</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>Mis acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Last progress note</source>
        <translation>Última nota de avance</translation>
    </message>
    <message>
        <source>Double-click an action, or press Enter on it, to update its status, percent complete and progress notes in the Plan tab.</source>
        <translation>Haga doble clic en una acción, o pulse Intro sobre ella, para actualizar su estado, porcentaje de avance y notas de avance en la pestaña Plan.</translation>
    </message>
    <message>
        <source>My updates for %1</source>
        <translation>Mis actualizaciones de %1</translation>
    </message>
    <message>
        <source>Nothing in this plan is owned by %1. Each measure and action names its owner (its own, or its objective&apos;s or goal&apos;s); when one names you or your role, it is listed here.</source>
        <translation>Nada en este plan tiene como responsable a %1. Cada indicador y acción nombra a su responsable (el propio, o el de su objetivo o meta); cuando nombra a usted o a su cargo, aparece aquí.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values still missing</source>
        <translation>
            <numerusform>falta %n valor</numerusform>
            <numerusform>faltan %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values returned to you with a note (hover over them to read it)</source>
        <translation>
            <numerusform>%n valor devuelto con una nota (pase el puntero sobre él para leerla)</numerusform>
            <numerusform>%n valores devueltos con una nota (pase el puntero sobre ellos para leerla)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values waiting for the coordinator&apos;s approval</source>
        <translation>
            <numerusform>%n valor en espera de la aprobación del coordinador</numerusform>
            <numerusform>%n valores en espera de la aprobación del coordinador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1: %2.</source>
        <translation>Para %1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
</context>
<context>
    <name>cairn::NewPlanDialog</name>
    <message>
        <source>Give the plan a title.</source>
        <translation>Escriba un título para el plan.</translation>
    </message>
    <message>
        <source>Write the school years like 2025-26.</source>
        <translation>Escriba los años escolares así: 2025-26.</translation>
    </message>
    <message>
        <source>The last school year is before the first.</source>
        <translation>El último año escolar es anterior al primero.</translation>
    </message>
</context>
<context>
    <name>cairn::NewPlanFromDocumentDialog</name>
    <message>
        <source>Open a Plan Document</source>
        <translation>Abrir un documento de plan</translation>
    </message>
    <message>
        <source>Plan documents (*.txt *.html *.htm *.md);;All files (*)</source>
        <translation>Documentos de plan (*.txt *.html *.htm *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>No plan read</source>
        <translation>No se leyó ningún plan</translation>
    </message>
    <message>
        <source>No goal, priority or objective was recognised in this text. Paste the plan&apos;s goals and objectives as they are written in the document, with their headings or codes.</source>
        <translation>No se reconoció ninguna meta, prioridad ni objetivo en este texto. Pegue las metas y los objetivos del plan tal como están escritos en el documento, con sus encabezados o códigos.</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>No se puede crear el plan</translation>
    </message>
    <message>
        <source>The plan read does not pass check, so nothing was written. Correct these items first:</source>
        <translation>El plan leído no pasa la revisión, así que no se escribió nada. Corrija primero estos elementos:</translation>
    </message>
    <message>
        <source>Keep the New Plan In</source>
        <translation>Guardar el plan nuevo en</translation>
    </message>
    <message>
        <source>Cairn plans (*.cairn)</source>
        <translation>Planes de Cairn (*.cairn)</translation>
    </message>
    <message>
        <source>Read the Text Again</source>
        <translation>Leer el texto de nuevo</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Leer de nuevo</translation>
    </message>
    <message>
        <source>&amp;Keep My Corrections</source>
        <translation>&amp;Conservar mis correcciones</translation>
    </message>
    <message>
        <source>%1 is the plan open in this window; keep the new plan in another file.</source>
        <translation>%1 es el plan abierto en esta ventana; guarde el plan nuevo en otro archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the text again drops the corrections you made in the preview: %n in all.</source>
        <translation>
            <numerusform>Al leer el texto de nuevo se pierde %n corrección hecha en la vista previa.</numerusform>
            <numerusform>Al leer el texto de nuevo se pierden las %n correcciones que hizo en la vista previa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ObjectivePane</name>
    <message>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Edit objective %1</source>
        <translation>Editar el objetivo %1</translation>
    </message>
    <message>
        <source>Su&amp;pports district items:</source>
        <translation>A&amp;poya a elementos del distrito:</translation>
    </message>
    <message>
        <source>District plan items the objective supports</source>
        <translation>Elementos del plan del distrito que apoya el objetivo</translation>
    </message>
    <message>
        <source>Title in Spanish:</source>
        <translation>Título en español:</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>Description in Spanish:</source>
        <translation>Descripción en español:</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
</context>
<context>
    <name>cairn::OpenFromServerDialog</name>
    <message>
        <source>Give the server&apos;s address and press Show Plans, then choose a plan.</source>
        <translation>Escriba la dirección del servidor, pulse Mostrar planes y elija un plan.</translation>
    </message>
    <message>
        <source>Choose one of the plans on the server.</source>
        <translation>Elija uno de los planes del servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server&apos;s address; it begins with postgresql://, as in postgresql://login@server.example.org/cairn.</source>
        <translation>&quot;%1&quot; no es la dirección de un servidor; esta empieza con postgresql://, como en postgresql://usuario@servidor.ejemplo.org/cairn.</translation>
    </message>
    <message>
        <source>Put on the server by %1 on %2</source>
        <translation>Subido al servidor por %1 el %2</translation>
    </message>
    <message>
        <source>The server holds no plans yet. A coordinator puts one there with &quot;cairn-cli server push&quot; (docs/server.md).</source>
        <translation>El servidor todavía no tiene planes. Un coordinador sube uno con &quot;cairn-cli server push&quot; (docs/server.md).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The server refused that password. </source>
        <translation>El servidor rechazó esa contraseña. </translation>
    </message>
    <message>
        <source>The password of %1 on %2 (kept until Cairn closes, never saved):</source>
        <translation>La contraseña de %1 en %2 (se conserva hasta cerrar Cairn y nunca se guarda):</translation>
    </message>
</context>
<context>
    <name>cairn::OutlineModel</name>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manual)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>cairn::OutlinePanel</name>
    <message>
        <source>Find by code or title</source>
        <translation>Buscar por código o título</translation>
    </message>
    <message>
        <source>Show only status</source>
        <translation>Mostrar solo el estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Owner or role</source>
        <translation>Responsable o cargo</translation>
    </message>
    <message>
        <source>Show only owner or role</source>
        <translation>Mostrar solo el responsable o cargo</translation>
    </message>
    <message>
        <source>Plan outline</source>
        <translation>Esquema del plan</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Meta nueva</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Objetivo nuevo</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Acción nueva</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Indicador nuevo</translation>
    </message>
    <message>
        <source>New component or student group</source>
        <translation>Componente o grupo de estudiantes nuevo</translation>
    </message>
</context>
<context>
    <name>cairn::OutlinePreview</name>
    <message>
        <source>&amp;Move Under…</source>
        <translation>&amp;Mover debajo de…</translation>
    </message>
    <message>
        <source>Mer&amp;ge with Next</source>
        <translation>&amp;Unir con el siguiente</translation>
    </message>
    <message>
        <source>&amp;Split at Cursor</source>
        <translation>&amp;Dividir en el cursor</translation>
    </message>
    <message>
        <source>Split into &amp;Lines</source>
        <translation>Dividir en línea&amp;s</translation>
    </message>
    <message>
        <source>Outline read from the document</source>
        <translation>Esquema leído del documento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>O&amp;utline read:</source>
        <translation>Es&amp;quema leído:</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Source &amp;text (put the cursor where a second item begins to split there):</source>
        <translation>&amp;Texto original (ponga el cursor donde empieza un segundo elemento para dividirlo ahí):</translation>
    </message>
    <message>
        <source>Paragraphs not placed</source>
        <translation>Párrafos sin ubicar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Every paragraph was placed in the outline.</source>
        <translation>Todos los párrafos se ubicaron en el esquema.</translation>
    </message>
    <message>
        <source>Paragraphs &amp;not placed in the outline (%1):</source>
        <translation>Párrafos &amp;no ubicados en el esquema (%1):</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Dudosa</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Dudosa: %1</translation>
    </message>
    <message>
        <source>The top of the outline</source>
        <translation>El nivel superior del esquema</translation>
    </message>
    <message>
        <source>Move Under</source>
        <translation>Mover debajo de</translation>
    </message>
    <message>
        <source>Move %1 under:</source>
        <translation>Mover %1 debajo de:</translation>
    </message>
    <message>
        <source>Read %1, %2, %3 and %4; %5. Correct the outline here: nothing is written until you create the plan.</source>
        <extracomment>%1 to %4: &quot;4 goals&quot;, &quot;18 objectives&quot;, &quot;42 actions&quot;, &quot;115 measures&quot;; %5: &quot;3 readings are uncertain&quot;.</extracomment>
        <translation>Se leyeron %1, %2, %3 y %4; %5. Corrija el esquema aquí: no se escribe nada hasta que cree el plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n readings are uncertain</source>
        <translation>
            <numerusform>%n lectura es dudosa</numerusform>
            <numerusform>%n lecturas son dudosas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::PagedReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The document was cancelled; no file was written.</source>
        <translation>Se canceló el documento; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>cairn::Pane</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Inherited: %1</source>
        <translation>Heredado: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <source>While you were typing in “%1”, another window or cairn-cli saved “%2” there.

Save yours, “%3”, over it?</source>
        <translation>Mientras usted escribía en “%1”, otra ventana o cairn-cli guardó ahí “%2”.

¿Guardar el suyo, “%3”, en su lugar?</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>&amp;Guardar el mío</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Conservar el otro</translation>
    </message>
    <message>
        <source>%1 The field shows the saved value again.</source>
        <translation>%1 El campo vuelve a mostrar el valor guardado.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>no se guardó nada</translation>
    </message>
    <message>
        <source>While you were typing in “%1”, %4 saved “%2” there (%5).

Save yours, “%3”, over it?</source>
        <translation>Mientras usted escribía en “%1”, %4 guardó ahí “%2” (%5).

¿Guardar el suyo, “%3”, en su lugar?</translation>
    </message>
</context>
<context>
    <name>cairn::PlanChanges</name>
    <message>
        <source>The connection to the server %1 was lost at %2; your edits are paused until it is back. Cairn reconnects by itself every few seconds.</source>
        <translation>Se perdió la conexión con el servidor %1 a las %2; sus cambios quedan en pausa hasta que vuelva. Cairn se vuelve a conectar por sí solo cada pocos segundos.</translation>
    </message>
</context>
<context>
    <name>cairn::PlanCheck</name>
    <message>
        <source>The plan does not name its organization.</source>
        <translation>El plan no indica el nombre de su organización.</translation>
    </message>
    <message>
        <source>Objective %1 has no measure, so its progress cannot be shown.</source>
        <translation>El objetivo %1 no tiene ningún indicador, así que no se puede mostrar su avance.</translation>
    </message>
    <message>
        <source>Action %1 has no owner.</source>
        <translation>La acción %1 no tiene responsable.</translation>
    </message>
    <message>
        <source>Action %1 has no timeline: set a due year, a date or &quot;ongoing&quot;.</source>
        <translation>La acción %1 no tiene plazo: indique un año de vencimiento, una fecha o &quot;continuo&quot;.</translation>
    </message>
    <message>
        <source>Action %1 is due before it starts.</source>
        <translation>La acción %1 vence antes de iniciar.</translation>
    </message>
    <message>
        <source>Measure %1 has no owner.</source>
        <translation>El indicador %1 no tiene responsable.</translation>
    </message>
    <message>
        <source>Milestone %1 has no due date.</source>
        <translation>El hito %1 no tiene fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Measure %1&apos;s value for %2 has no group size (n), so it is not published under the plan&apos;s suppression rule &quot;%3&quot;; record how many students it is about.</source>
        <translation>El valor del indicador %1 para %2 no tiene tamaño de grupo (n), así que no se publica según la regla de supresión del plan &quot;%3&quot;; registre a cuántos estudiantes se refiere.</translation>
    </message>
    <message>
        <source>Measure %1 has no unit.</source>
        <translation>El indicador %1 no tiene unidad.</translation>
    </message>
    <message>
        <source>Measure %1 has a custom unit without a name.</source>
        <translation>El indicador %1 tiene una unidad personalizada sin nombre.</translation>
    </message>
    <message>
        <source>Measure %1 does not say where its data comes from.</source>
        <translation>El indicador %1 no indica de dónde provienen sus datos.</translation>
    </message>
    <message>
        <source>Measure %1 has no baseline.</source>
        <translation>El indicador %1 no tiene línea de base.</translation>
    </message>
    <message>
        <source>Measure %1&apos;s baseline for %2 is still to be collected.</source>
        <translation>La línea de base del indicador %1 para %2 está pendiente de recopilar.</translation>
    </message>
    <message>
        <source>Measure %1 has no final target.</source>
        <translation>El indicador %1 no tiene valor meta final.</translation>
    </message>
    <message>
        <source>Measure %1&apos;s final target year %2 is not after its baseline year %3.</source>
        <translation>El año del valor meta final del indicador %1, %2, no es posterior al año de su línea de base, %3.</translation>
    </message>
    <message>
        <source>Measure %1&apos;s final target is for %2, outside the plan&apos;s years %3 to %4.</source>
        <translation>El valor meta final del indicador %1 es para %2, fuera de los años del plan, %3 a %4.</translation>
    </message>
    <message>
        <source>Measure %1 has a target for %2, outside the plan&apos;s years.</source>
        <translation>El indicador %1 tiene un valor meta para %2, fuera de los años del plan.</translation>
    </message>
    <message>
        <source>Measure %1 has an actual value for %2, after the plan ends.</source>
        <translation>El indicador %1 tiene un valor real para %2, después de que termina el plan.</translation>
    </message>
    <message>
        <source>Measure %1 has an actual value for %2, after the year under review %3.</source>
        <translation>El indicador %1 tiene un valor real para %2, posterior al año en revisión %3.</translation>
    </message>
    <message>
        <source>Measure %1&apos;s %2 (%3) may be mistyped. %4</source>
        <translation>Indicador %1: %2 (%3) podría estar mal escrito. %4</translation>
    </message>
    <message>
        <source>Measure %1 counts whole things, but its %2 is %3; correct it, or give the measure decimals if it counts in fractions.</source>
        <translation>El indicador %1 cuenta unidades enteras, pero su %2 es %3; corríjalo, o dele decimales al indicador si cuenta fracciones.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>línea de base</translation>
    </message>
    <message>
        <source>final target</source>
        <translation>valor meta final</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>valor meta de %1</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>valor real de %1</translation>
    </message>
    <message>
        <source>Measure %1&apos;s target for %2 (%3) is lower than for %4 (%5), although higher is better.</source>
        <translation>El valor meta del indicador %1 para %2 (%3) es menor que el de %4 (%5), aunque más alto es mejor.</translation>
    </message>
    <message>
        <source>Measure %1&apos;s target for %2 (%3) is higher than for %4 (%5), although lower is better.</source>
        <translation>El valor meta del indicador %1 para %2 (%3) es mayor que el de %4 (%5), aunque más bajo es mejor.</translation>
    </message>
    <message>
        <source>A recommendation of &quot;%1&quot; concerns %2, which is no longer in the plan.</source>
        <translation>Una recomendación de &quot;%1&quot; se refiere a %2, que ya no está en el plan.</translation>
    </message>
    <message>
        <source>%1 of the plan&apos;s %2 texts have no Spanish text yet (%3); a Spanish report or website shows them in their original words.</source>
        <translation>%1 de los %2 textos del plan todavía no tienen texto en español (%3); un informe o sitio web en español los muestra en su idioma original.</translation>
    </message>
    <message>
        <source>Measure %1&apos;s baseline has no group size (n), so it is not published under the plan&apos;s suppression rule &quot;%2&quot;; record how many students it is about.</source>
        <translation>La línea de base del indicador %1 no tiene tamaño de grupo (n), así que no se publica según la regla de supresión del plan &quot;%2&quot;; registre a cuántos estudiantes se refiere.</translation>
    </message>
    <message>
        <source>Codes used more than once</source>
        <translation>Códigos usados más de una vez</translation>
    </message>
    <message>
        <source>Fields that break the plan&apos;s rules</source>
        <translation>Campos que no cumplen las reglas del plan</translation>
    </message>
    <message>
        <source>Objectives without a measure (their progress cannot be shown)</source>
        <translation>Objetivos sin indicador (no se puede mostrar su avance)</translation>
    </message>
    <message>
        <source>Actions without an owner</source>
        <translation>Acciones sin responsable</translation>
    </message>
    <message>
        <source>Actions without a timeline (set a due year, a date or &quot;ongoing&quot;)</source>
        <translation>Acciones sin plazo (indique un año de vencimiento, una fecha o &quot;continuo&quot;)</translation>
    </message>
    <message>
        <source>Actions due before they start</source>
        <translation>Acciones que vencen antes de iniciar</translation>
    </message>
    <message>
        <source>Measures without an owner</source>
        <translation>Indicadores sin responsable</translation>
    </message>
    <message>
        <source>Milestones without a due date</source>
        <translation>Hitos sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>Student-group values without a group size (n)</source>
        <translation>Valores de grupos de estudiantes sin tamaño del grupo (n)</translation>
    </message>
    <message>
        <source>Student-group baselines without a group size (n)</source>
        <translation>Líneas de base de grupos de estudiantes sin tamaño de grupo (n)</translation>
    </message>
    <message>
        <source>Measures without a unit</source>
        <translation>Indicadores sin unidad</translation>
    </message>
    <message>
        <source>Measures with a custom unit without a name</source>
        <translation>Indicadores con una unidad personalizada sin nombre</translation>
    </message>
    <message>
        <source>Measures without a data source</source>
        <translation>Indicadores sin fuente de datos</translation>
    </message>
    <message>
        <source>Measures without a baseline</source>
        <translation>Indicadores sin línea de base</translation>
    </message>
    <message>
        <source>Baselines still to be collected</source>
        <translation>Líneas de base pendientes de recopilar</translation>
    </message>
    <message>
        <source>Measures without a final target</source>
        <translation>Indicadores sin valor meta final</translation>
    </message>
    <message>
        <source>Final targets not after the baseline</source>
        <translation>Valores meta finales que no son posteriores a la línea de base</translation>
    </message>
    <message>
        <source>Targets outside the plan&apos;s years</source>
        <translation>Valores meta fuera de los años del plan</translation>
    </message>
    <message>
        <source>Values for years after the plan ends</source>
        <translation>Valores de años posteriores al fin del plan</translation>
    </message>
    <message>
        <source>Values for years after the year under review</source>
        <translation>Valores de años posteriores al año en revisión</translation>
    </message>
    <message>
        <source>Values that may be mistyped</source>
        <translation>Valores que pueden tener un error de captura</translation>
    </message>
    <message>
        <source>Counts that are not whole numbers</source>
        <translation>Cantidades que no son números enteros</translation>
    </message>
    <message>
        <source>Targets that move against the measure&apos;s direction</source>
        <translation>Valores meta que van en contra de la dirección del indicador</translation>
    </message>
    <message>
        <source>Recommendations about items no longer in the plan</source>
        <translation>Recomendaciones sobre elementos que ya no están en el plan</translation>
    </message>
</context>
<context>
    <name>cairn::PlanDocument</name>
    <message>
        <source>Add %1 %2</source>
        <translation>Agregar %1 %2</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>Eliminar %1 %2</translation>
    </message>
    <message>
        <source>Move %1 %2</source>
        <translation>Mover %1 %2</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Iniciar %1</translation>
    </message>
    <message>
        <source>The item is no longer in the plan.</source>
        <translation>El elemento ya no está en el plan.</translation>
    </message>
    <message>
        <source>This plan is open read-only; nothing was changed.</source>
        <translation>Este plan está abierto en modo de solo lectura; no se cambió nada.</translation>
    </message>
    <message>
        <source>The plan was changed in another window or by cairn-cli, in what you were changing; it now shows their change. Yours was not made: make it again if it still applies.</source>
        <translation>El plan se modificó en otra ventana o con cairn-cli, justo en lo que usted estaba cambiando; ahora muestra ese cambio. El suyo no se hizo: vuelva a hacerlo si todavía corresponde.</translation>
    </message>
    <message>
        <source>%1 This edit was not made.</source>
        <translation>%1 Este cambio no se hizo.</translation>
    </message>
</context>
<context>
    <name>cairn::PlanFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Cairn plan file (it is not an SQLite database). Open a .cairn file, or create one from a JSON plan with &quot;cairn-cli import PLAN.json OUT.cairn&quot;.</source>
        <translation>%1 no es un archivo de plan de Cairn (no es una base de datos SQLite). Abra un archivo .cairn, o cree uno a partir de un plan en JSON con &quot;cairn-cli import PLAN.json OUT.cairn&quot;.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Cairn plan. Cairn has not changed it.</source>
        <translation>%1 es una base de datos SQLite, pero no es un plan de Cairn. Cairn no la modificó.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cairn (file format %2; this Cairn reads formats up to %3). Open it with a newer Cairn; it has not been changed.</source>
        <translation>%1 fue escrito por una versión más reciente de Cairn (formato de archivo %2; este Cairn lee formatos hasta el %3). Ábralo con un Cairn más reciente; no se modificó.</translation>
    </message>
    <message>
        <source>its format number is %1, which no Cairn has written</source>
        <translation>su número de formato es %1, que ningún Cairn ha escrito</translation>
    </message>
    <message>
        <source>%1 needs upgrading, but its backup copy %2 could not be written, so nothing was changed. Make room or fix the folder&apos;s permissions and try again.</source>
        <translation>%1 necesita actualizarse, pero no se pudo escribir su copia de respaldo %2, así que no se cambió nada. Libere espacio o corrija los permisos de la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is open in %2; close it there first, then try again. Nothing was written.</source>
        <translation>%1 está abierto en %2; ciérrelo ahí primero y vuelva a intentarlo. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>cairn::PlanLocation</name>
    <message>
        <source>&quot;%1&quot; is not a plan location Cairn understands: %2. Write it as postgresql://LOGIN@HOST:PORT/DATABASE?plan=PLAN (docs/server.md).</source>
        <translation>&quot;%1&quot; no es una ubicación de plan que Cairn entienda: %2. Escríbala como postgresql://LOGIN@HOST:PORT/DATABASE?plan=PLAN (docs/server.md).</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>no empieza con postgresql://</translation>
    </message>
    <message>
        <source>it holds a password, which Cairn never keeps; put the password in PGPASSWORD or in your ~/.pgpass file instead</source>
        <translation>contiene una contraseña, y Cairn nunca guarda contraseñas; póngala en PGPASSWORD o en su archivo ~/.pgpass</translation>
    </message>
    <message>
        <source>it has a part after #</source>
        <translation>tiene una parte después de #</translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation>no indica ningún servidor</translation>
    </message>
    <message>
        <source>it names no database (the part after the server and a /)</source>
        <translation>no indica ninguna base de datos (la parte después del servidor y una /)</translation>
    </message>
    <message>
        <source>plan= names no plan</source>
        <translation>plan= no indica ningún plan</translation>
    </message>
    <message>
        <source>it has a setting &quot;%1&quot; Cairn does not know (it knows plan, sslmode, sslrootcert, sslcert, sslkey and connect_timeout)</source>
        <translation>tiene un ajuste &quot;%1&quot; que Cairn no conoce (conoce plan, sslmode, sslrootcert, sslcert, sslkey y connect_timeout)</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of disable, allow, prefer, require, verify-ca and verify-full</source>
        <translation>sslmode=%1 no es ninguno de disable, allow, prefer, require, verify-ca y verify-full</translation>
    </message>
    <message>
        <source>the value of %1 has a space or a semicolon</source>
        <translation>el valor de %1 tiene un espacio o un punto y coma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2</source>
        <translation>&quot;%1&quot; en %2</translation>
    </message>
</context>
<context>
    <name>cairn::PlanPane</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Core values</source>
        <translation>Valores fundamentales</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Profile of the graduate</source>
        <translation>Perfil del graduado</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Core values:</source>
        <translation>Valores fundamentales:</translation>
    </message>
    <message>
        <source>Profile of the graduate:</source>
        <translation>Perfil del graduado:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year such as 2024-25; nothing was saved.</source>
        <translation>&quot;%1&quot; no es un año escolar como 2024-25; no se guardó nada.</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Editar el plan</translation>
    </message>
    <message>
        <source>Small &amp;groups:</source>
        <translation>&amp;Grupos pequeños:</translation>
    </message>
    <message>
        <source>District plan</source>
        <translation>Plan del distrito</translation>
    </message>
    <message>
        <source>School improvement plan</source>
        <translation>Plan de mejora escolar</translation>
    </message>
    <message>
        <source>Department plan</source>
        <translation>Plan de departamento</translation>
    </message>
    <message>
        <source>No district plan chosen</source>
        <translation>No se ha elegido un plan del distrito</translation>
    </message>
    <message>
        <source>Choose the District Plan</source>
        <translation>Elegir el plan del distrito</translation>
    </message>
    <message>
        <source>Cairn plans (*.cairn)</source>
        <translation>Planes de Cairn (*.cairn)</translation>
    </message>
    <message>
        <source>%1 is this plan itself; choose the district&apos;s plan.</source>
        <translation>%1 es este mismo plan; elija el plan del distrito.</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s plan, not a district plan; choose the district&apos;s plan.</source>
        <translation>%1 es el plan de %2, no un plan del distrito; elija el plan del distrito.</translation>
    </message>
    <message>
        <source>Align to %1</source>
        <translation>Alinear con %1</translation>
    </message>
    <message>
        <source>Title in Spanish:</source>
        <translation>Título en español:</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>Description in Spanish:</source>
        <translation>Descripción en español:</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
    <message>
        <source>Mission in Spanish:</source>
        <translation>Misión en español:</translation>
    </message>
    <message>
        <source>Mission in Spanish</source>
        <translation>Misión en español</translation>
    </message>
    <message>
        <source>Vision in Spanish:</source>
        <translation>Visión en español:</translation>
    </message>
    <message>
        <source>Vision in Spanish</source>
        <translation>Visión en español</translation>
    </message>
    <message>
        <source>Theory of action in Spanish:</source>
        <translation>Teoría de acción en español:</translation>
    </message>
    <message>
        <source>Theory of action in Spanish</source>
        <translation>Teoría de acción en español</translation>
    </message>
    <message>
        <source>Needs assessment in Spanish:</source>
        <translation>Evaluación de necesidades en español:</translation>
    </message>
    <message>
        <source>Needs assessment in Spanish</source>
        <translation>Evaluación de necesidades en español</translation>
    </message>
    <message>
        <source>Organization in Spanish:</source>
        <translation>Organización en español:</translation>
    </message>
    <message>
        <source>Organization in Spanish</source>
        <translation>Organización en español</translation>
    </message>
    <message>
        <source>Value in Spanish</source>
        <translation>Valor en español</translation>
    </message>
    <message>
        <source>Attribute in Spanish</source>
        <translation>Atributo en español</translation>
    </message>
    <message>
        <source>Heading in Spanish</source>
        <translation>Encabezado en español</translation>
    </message>
    <message>
        <source>Text in Spanish</source>
        <translation>Texto en español</translation>
    </message>
    <message>
        <source>1,234.5 (United States, Mexico)</source>
        <translation>1,234.5 (Estados Unidos, México)</translation>
    </message>
    <message>
        <source>1.234,5 (much of Latin America and Europe)</source>
        <translation>1.234,5 (gran parte de América Latina y Europa)</translation>
    </message>
    <message>
        <source>1 234,5 (grouped with spaces)</source>
        <translation>1 234,5 (agrupados con espacios)</translation>
    </message>
    <message>
        <source>How the board report, the minutes and the website write numbers, in English and in Spanish</source>
        <translation>Cómo escriben los números el informe para la Junta Directiva, las actas y el sitio web, en inglés y en español</translation>
    </message>
    <message>
        <source>Num&amp;bers in documents:</source>
        <translation>&amp;Números en los documentos:</translation>
    </message>
    <message>
        <source>for example 2026-06-30; empty for no date</source>
        <translation>por ejemplo 2026-06-30; vacío si no hay fecha</translation>
    </message>
    <message>
        <source>When the owners&apos; values for the year under review are due. Owners see it on their My Updates tab.</source>
        <translation>Cuándo vencen los valores de los responsables para el año en revisión. Los responsables la ven en su pestaña Mis actualizaciones.</translation>
    </message>
    <message>
        <source>Values &amp;requested by:</source>
        <translation>&amp;Fecha límite de los valores:</translation>
    </message>
    <message>
        <source>Values requested by: &quot;%1&quot; is not a date such as 2026-06-30; nothing was saved.</source>
        <translation>Fecha límite de los valores: «%1» no es una fecha como 2026-06-30; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>cairn::PlanReader</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, far larger than any plan; it was not read.</source>
        <translation>%1 pesa más de %2 MiB, mucho más que cualquier plan; no se leyó.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid Cairn plan. Problems found: %2</source>
        <translation>%1 no es un plan de Cairn válido. Problemas encontrados: %2</translation>
    </message>
</context>
<context>
    <name>cairn::PlanRules</name>
    <message>
        <source>%1 %2 is not between -1e15 and 1e15</source>
        <translation>%1 %2 no está entre -1e15 y 1e15</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 tiene %2 caracteres; se permiten como máximo %3</translation>
    </message>
    <message>
        <source>%1 is required and must not be blank</source>
        <translation>%1 es obligatorio y no puede quedar en blanco</translation>
    </message>
    <message>
        <source>%1 is %2; use a whole number from %3 to %4</source>
        <translation>%1 es %2; use un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>%1 %2 is not between %3 and %4</source>
        <translation>%1 %2 no está entre %3 y %4</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>el código</translation>
    </message>
    <message>
        <source>the tolerance</source>
        <translation>la tolerancia</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 no puede ser negativo</translation>
    </message>
    <message>
        <source>%1 appears a second time; keep one</source>
        <translation>%1 aparece por segunda vez; deje solo uno</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are the same school year (%3); keep one</source>
        <translation>&quot;%1&quot; y &quot;%2&quot; son el mismo año escolar (%3); deje solo uno</translation>
    </message>
</context>
<context>
    <name>cairn::PlanServer</name>
    <message>
        <source>This Cairn cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Este Cairn no puede conectarse a servidores PostgreSQL: el controlador PostgreSQL de Qt no está instalado (en Debian y Ubuntu, el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 holds no Cairn plans: it was never set up for them. Set it up with &quot;cairn-cli server init %2&quot;, then push a plan to it.</source>
        <translation>La base de datos %1 no contiene planes de Cairn: nunca se preparó para ellos. Prepárela con &quot;cairn-cli server init %2&quot; y luego suba un plan a ella.</translation>
    </message>
    <message>
        <source>%1 does not say which plan to open; add ?plan= and its title or id. The plans there: %2.</source>
        <translation>%1 no indica qué plan abrir; agregue ?plan= y su título o su id. Los planes que hay: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>%1 holds several plans titled &quot;%2&quot;; name the one you mean by its id: %3.</source>
        <translation>%1 contiene varios planes con el título &quot;%2&quot;; indique el que quiere por su id: %3.</translation>
    </message>
    <message>
        <source>%1 holds no plan &quot;%2&quot;. The plans there: %3.</source>
        <translation>%1 no contiene ningún plan &quot;%2&quot;. Los planes que hay: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2</source>
        <translation>&quot;%1&quot; en %2</translation>
    </message>
    <message>
        <source>The plan %1 is listed, but its tables are missing or are not a Cairn plan&apos;s. Push it again from a file, or restore the database from a backup.</source>
        <translation>El plan %1 figura en la lista, pero sus tablas faltan o no son las de un plan de Cairn. Vuelva a subirlo desde un archivo, o restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The plan %1 was upgraded by a newer version of Cairn (format %2; this Cairn reads formats up to %3). Use a newer Cairn; the plan has not been changed.</source>
        <translation>El plan %1 fue actualizado por una versión más reciente de Cairn (formato %2; este Cairn lee formatos hasta el %3). Use un Cairn más reciente; el plan no se ha modificado.</translation>
    </message>
    <message>
        <source>The plan %1 was written by an older version of Cairn and must be upgraded first. Open it once for writing (back the database up with pg_dump first), then try again.</source>
        <translation>El plan %1 fue escrito por una versión anterior de Cairn y primero debe actualizarse. Ábralo una vez para escribir (antes haga una copia de seguridad de la base de datos con pg_dump) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The plan&apos;s id &quot;%1&quot; is not a UUID, so it cannot be kept on a server. Nothing was written.</source>
        <translation>El id del plan, &quot;%1&quot;, no es un UUID, así que no puede guardarse en un servidor. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 already holds the plan &quot;%2&quot; (%3), pushed by %4 on %5. Add --force to replace it with this copy; nothing was written.</source>
        <translation>%1 ya contiene el plan &quot;%2&quot; (%3), subido por %4 el %5. Agregue --force para reemplazarlo con esta copia; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>cairn::PlanSummary</name>
    <message>
        <source>Objectives: %1 · Measures: %2 · Actions: %3</source>
        <translation>Objetivos: %1 · Indicadores: %2 · Acciones: %3</translation>
    </message>
    <message>
        <source>Profile of a graduate</source>
        <translation>Perfil del graduado</translation>
    </message>
    <message>
        <source>Goal or objective</source>
        <translation>Meta u objetivo</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ sí</translation>
    </message>
    <message>
        <source>Goals and objectives</source>
        <translation>Metas y objetivos</translation>
    </message>
    <message>
        <source>School years %1 to %2 · year under review: %3</source>
        <translation>Años escolares %1 a %2 · año en revisión: %3</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Theory of action</source>
        <translation>Teoría de acción</translation>
    </message>
    <message>
        <source>Core values</source>
        <translation>Valores fundamentales</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
</context>
<context>
    <name>cairn::PlanTexts</name>
    <message>
        <source>core value %1</source>
        <translation>valor fundamental %1</translation>
    </message>
    <message>
        <source>profile attribute %1</source>
        <translation>atributo del perfil %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>sección %1</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>misión</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visión</translation>
    </message>
    <message>
        <source>theory of action</source>
        <translation>teoría de acción</translation>
    </message>
    <message>
        <source>needs assessment</source>
        <translation>evaluación de necesidades</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nombre corto</translation>
    </message>
</context>
<context>
    <name>cairn::QualityJson</name>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>se esperaba un número entero de %1 a %2, se recibió %3</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>es obligatorio: uno de %1</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>se esperaba uno de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component Cairn reviews; use one of %2</source>
        <translation>&quot;%1&quot; no es un componente que Cairn revise; use uno de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; keep one</source>
        <translation>&quot;%1&quot; aparece dos veces; deje uno</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>is more than metPercent (%1): a component is partly met below the share that meets it</source>
        <translation>es mayor que metPercent (%1): un componente se cumple en parte por debajo de la proporción con la que se cumple</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a Cairn rubric (docs/plan-quality.md)</source>
        <translation>se esperaba &quot;%1&quot;: esto no es una rúbrica de Cairn (docs/plan-quality.md)</translation>
    </message>
    <message>
        <source>is required: %1</source>
        <translation>es obligatorio: %1</translation>
    </message>
    <message>
        <source>this Cairn reads rubric version %1, not %2</source>
        <translation>este Cairn lee la versión %1 de la rúbrica, no la %2</translation>
    </message>
    <message>
        <source>lists no component; name at least one of %1</source>
        <translation>no incluye ningún componente; indique al menos uno de %1</translation>
    </message>
    <message>
        <source>is required: the components the rubric reviews, each one of %1</source>
        <translation>es obligatorio: los componentes que revisa la rúbrica, cada uno de %1</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 is far larger than any rubric; it was not read.</source>
        <translation>%1 es mucho más grande que cualquier rúbrica; no se leyó.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>cairn::QualityView</name>
    <message>
        <source>◆ Error</source>
        <translation>◆ Error</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Advertencia</translation>
    </message>
    <message>
        <source>Use a State &amp;Rubric…</source>
        <translation>Usar una &amp;rúbrica estatal…</translation>
    </message>
    <message>
        <source>&amp;Cairn&apos;s Rubric</source>
        <translation>Rúbrica de &amp;Cairn</translation>
    </message>
    <message>
        <source>Review with a state&apos;s rubric file</source>
        <translation>Revisar con el archivo de rúbrica de un estado</translation>
    </message>
    <message>
        <source>Review with Cairn&apos;s rubric</source>
        <translation>Revisar con la rúbrica de Cairn</translation>
    </message>
    <message>
        <source>Plan-quality rubric</source>
        <translation>Rúbrica de calidad del plan</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What the plan has</source>
        <translation>Lo que tiene el plan</translation>
    </message>
    <message>
        <source>Check findings by kind</source>
        <translation>Hallazgos de la revisión por tipo</translation>
    </message>
    <message>
        <source>Check findings</source>
        <translation>Hallazgos de la revisión</translation>
    </message>
    <message>
        <source>%1 · components met: %2 of %3 · partly met: %4 · missing: %5. Enter on an item shows it in the Plan tab.</source>
        <translation>%1 · componentes cumplidos: %2 de %3 · cumplidos en parte: %4 · faltan: %5. Pulse Intro en un elemento para verlo en la pestaña Plan.</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation>Sin hallazgos: el plan pasa todas las revisiones.</translation>
    </message>
    <message>
        <source>Use a State Rubric</source>
        <translation>Usar una rúbrica estatal</translation>
    </message>
    <message>
        <source>Rubrics (*.json);;All files (*)</source>
        <translation>Rúbricas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not a Rubric</source>
        <translation>No es una rúbrica</translation>
    </message>
    <message>
        <source>%1 is not a rubric Cairn can use; the plan is still reviewed as before.</source>
        <translation>%1 no es una rúbrica que Cairn pueda usar; el plan se sigue revisando como antes.</translation>
    </message>
</context>
<context>
    <name>cairn::RecommendationFlow</name>
    <message>
        <source>This recommendation is %1, which is final; it cannot become %2.</source>
        <translation>Esta recomendación está %1, que es un estado final; no puede pasar a %2.</translation>
    </message>
    <message>
        <source>A recommendation that is %1 can next be %2, not %3.</source>
        <translation>Una recomendación que está %1 puede pasar después a %2, no a %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Give the date of the change.</source>
        <translation>Indique la fecha del cambio.</translation>
    </message>
    <message>
        <source>The change cannot be dated %1, before the recommendation&apos;s last change on %2.</source>
        <translation>El cambio no puede tener fecha del %1, anterior al último cambio de la recomendación, el %2.</translation>
    </message>
</context>
<context>
    <name>cairn::ReportExport</name>
    <message>
        <source>Writing the board report…</source>
        <translation>Preparando el informe para la Junta Directiva…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>No se puede exportar el informe</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
</context>
<context>
    <name>cairn::ReportOptionsDialog</name>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(sin comparación)</translation>
    </message>
    <message>
        <source>Choose at least one goal to report on.</source>
        <translation>Elija al menos una meta para el informe.</translation>
    </message>
    <message>
        <source>S&amp;mall groups:</source>
        <translation>Grupos &amp;pequeños:</translation>
    </message>
    <message>
        <source>Only a district plan&apos;s report has a School plans section.</source>
        <translation>Solo el informe de un plan del distrito tiene una sección de planes escolares.</translation>
    </message>
    <message>
        <source>To include school plans, add them in the Alignment tab (Ctrl+7) first.</source>
        <translation>Para incluir planes escolares, agréguelos primero en la pestaña Alineación (Ctrl+7).</translation>
    </message>
    <message>
        <source>From the Alignment tab: %1.</source>
        <translation>De la pestaña Alineación: %1.</translation>
    </message>
    <message>
        <source>The school plan %1 cannot be read: %2 Fix it or remove it in the Alignment tab, or leave the school plans out.</source>
        <translation>No se puede leer el plan escolar %1: %2 Corríjalo o quítelo en la pestaña Alineación, o deje fuera los planes escolares.</translation>
    </message>
    <message>
        <source>Remove it in the Alignment tab, or leave the school plans out.</source>
        <translation>Quítelo en la pestaña Alineación, o deje fuera los planes escolares.</translation>
    </message>
</context>
<context>
    <name>cairn::Repository</name>
    <message>
        <source>%1 was changed in another window or by cairn-cli after it was read here, so nothing was changed. Look at the plan as it is now and make the change again.</source>
        <translation>%1 se modificó en otra ventana o con cairn-cli después de leerse aquí, así que no se cambió nada. Revise el plan como está ahora y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Cairn and must be upgraded before it can be opened, but it (or its folder) is read-only. Copy it somewhere writable and open the copy.</source>
        <translation>%1 fue escrito por una versión anterior de Cairn y debe actualizarse antes de abrirse, pero el archivo (o su carpeta) es de solo lectura. Cópielo a un lugar donde se pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Cairn and must be upgraded first. Open it in Cairn once (a backup copy is kept beside it), then try again.</source>
        <translation>%1 fue escrito por una versión anterior de Cairn y primero debe actualizarse. Ábralo una vez en Cairn (se guarda una copia de respaldo junto a él) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow replacing it (--force).</source>
        <translation>%1 ya existe; elija otro nombre o permita reemplazarlo (--force).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 está abierto en modo de solo lectura; no se cambió nada.</translation>
    </message>
    <message>
        <source>Every change in a plan records who made it, and no name was given; nothing was changed.</source>
        <translation>Cada cambio en un plan registra quién lo hizo, y no se indicó ningún nombre; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 was upgraded to file format %2 by a newer Cairn while it was open here; this Cairn reads format %3. Close it here and work on it in the newer Cairn.</source>
        <translation>Un Cairn más reciente actualizó %1 al formato de archivo %2 mientras estaba abierto aquí; este Cairn lee el formato %3. Ciérrelo aquí y trabaje en él con el Cairn más reciente.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, desde %2</translation>
    </message>
    <message>
        <source>The item to delete is no longer in the plan.</source>
        <translation>El elemento que se iba a eliminar ya no está en el plan.</translation>
    </message>
    <message>
        <source>The review to delete is no longer in the plan.</source>
        <translation>La revisión que se iba a eliminar ya no está en el plan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2</source>
        <translation>&quot;%1&quot; en %2</translation>
    </message>
    <message>
        <source>Your login %1 may read %2 but not change it (a viewer&apos;s); nothing was changed.</source>
        <translation>Su usuario %1 puede consultar %2 pero no modificarlo (es lector); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>cairn::ResponsibilitiesView</name>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Show only role</source>
        <translation>Mostrar solo el cargo</translation>
    </message>
    <message>
        <source>Responsibilities by role</source>
        <translation>Responsabilidades por cargo</translation>
    </message>
    <message>
        <source>Role and action</source>
        <translation>Cargo y acción</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>1 duty</source>
        <translation>1 tarea</translation>
    </message>
    <message>
        <source>%1 duties</source>
        <translation>%1 tareas</translation>
    </message>
    <message>
        <source>No action of this plan names a role. Add responsibilities (role and duty) in an action&apos;s pane.</source>
        <translation>Ninguna acción de este plan tiene cargos asignados. Agregue responsabilidades (cargo y tarea) en el panel de una acción.</translation>
    </message>
    <message>
        <source>%1 roles named in the plan&apos;s actions, with %2 duties. Choose an action to open it.</source>
        <translation>%1 cargos nombrados en las acciones del plan, con %2 tareas. Elija una acción para abrirla.</translation>
    </message>
</context>
<context>
    <name>cairn::ReviewCompare</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>valor real</translation>
    </message>
    <message>
        <source>target</source>
        <translation>valor meta</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
</context>
<context>
    <name>cairn::ReviewMode</name>
    <message>
        <source> (assessed)</source>
        <translation> (evaluado)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Review walk-through</source>
        <translation>Recorrido de la revisión</translation>
    </message>
    <message>
        <source>Page Down / Page Up: next / previous goal · N: note · A: assessment · R: recommendation · Esc: leave</source>
        <translation>Av Pág / Re Pág: meta siguiente / anterior · N: nota · A: evaluación · R: recomendación · Esc: salir</translation>
    </message>
    <message>
        <source>%1 · goal %2 of %3</source>
        <translation>%1 · meta %2 de %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 · %4</source>
        <translation>%1 %2: %3 · %4</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>• %1: %2 (%3)</source>
        <translation>• %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>The plan has no goals.</source>
        <translation>El plan no tiene metas.</translation>
    </message>
    <message>
        <source>Start a review first.</source>
        <translation>Primero inicie una revisión.</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>Evaluar %1</translation>
    </message>
    <message>
        <source>%1 is not this goal or one of its objectives.</source>
        <translation>%1 no es esta meta ni uno de sus objetivos.</translation>
    </message>
    <message>
        <source>The assessment could not be saved.</source>
        <translation>No se pudo guardar la evaluación.</translation>
    </message>
    <message>
        <source>Committee Assessment</source>
        <translation>Evaluación del comité</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>The committee &amp;judges (the goal or an objective):</source>
        <translation>El comité &amp;evalúa (la meta o un objetivo):</translation>
    </message>
    <message>
        <source>Its &amp;status:</source>
        <translation>Su es&amp;tado:</translation>
    </message>
</context>
<context>
    <name>cairn::ReviewsView</name>
    <message>
        <source>&amp;Start Review…</source>
        <translation>&amp;Iniciar revisión…</translation>
    </message>
    <message>
        <source>Add &amp;Recommendation…</source>
        <translation>Agregar &amp;recomendación…</translation>
    </message>
    <message>
        <source>&amp;Next Step…</source>
        <translation>&amp;Paso siguiente…</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>Agregar n&amp;ota…</translation>
    </message>
    <message>
        <source>Wal&amp;k Through the Plan</source>
        <translation>Recorr&amp;er el plan</translation>
    </message>
    <message>
        <source>Export &amp;Minutes (PDF)…</source>
        <translation>Exportar &amp;acta (PDF)…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What changed since the review</source>
        <translation>Qué cambió desde la revisión</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Freeze every item&apos;s status and values for a steering-committee meeting</source>
        <translation>Congela el estado y los valores de cada elemento para una reunión del comité directivo</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Full screen for the projector, one goal at a time (Page Down / Page Up; Esc to leave)</source>
        <translation>Pantalla completa para el proyector, una meta a la vez (Av Pág / Re Pág; Esc para salir)</translation>
    </message>
    <message>
        <source>Recommendations of this review or of all reviews</source>
        <translation>Recomendaciones de esta revisión o de todas las revisiones</translation>
    </message>
    <message>
        <source>Of this review</source>
        <translation>De esta revisión</translation>
    </message>
    <message>
        <source>Of all reviews</source>
        <translation>De todas las revisiones</translation>
    </message>
    <message>
        <source>Recommendations in this state</source>
        <translation>Recomendaciones en este estado</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mos&amp;trar:</translation>
    </message>
    <message>
        <source>Move the selected recommendation a step: forwarded to the board, approved or declined, implemented</source>
        <translation>Pasa la recomendación seleccionada al siguiente paso: enviada a la Junta Directiva, aprobada o rechazada, implementada</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>Compare the review with</source>
        <translation>Comparar la revisión con</translation>
    </message>
    <message>
        <source>Choose a review first.</source>
        <translation>Primero elija una revisión.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>No se pudo guardar el cambio.</translation>
    </message>
    <message>
        <source>Write the recommendation.</source>
        <translation>Escriba la recomendación.</translation>
    </message>
    <message>
        <source>Add a recommendation to %1</source>
        <translation>Agregar una recomendación a %1</translation>
    </message>
    <message>
        <source>Choose a recommendation first.</source>
        <translation>Primero elija una recomendación.</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recomendación %1</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Escriba la nota.</translation>
    </message>
    <message>
        <source>Add a note to %1</source>
        <translation>Agregar una nota a %1</translation>
    </message>
    <message>
        <source>Add Recommendation</source>
        <translation>Agregar recomendación</translation>
    </message>
    <message>
        <source>The committee &amp;recommends:</source>
        <translation>El comité &amp;recomienda:</translation>
    </message>
    <message>
        <source>&amp;It concerns (an item&apos;s code, or the whole plan):</source>
        <translation>&amp;Se refiere a (el código de un elemento, o todo el plan):</translation>
    </message>
    <message>
        <source>Choose a recommendation in the table first.</source>
        <translation>Primero elija una recomendación en la tabla.</translation>
    </message>
    <message>
        <source>This recommendation is %1: that is final.</source>
        <translation>Esta recomendación está %1: es un estado final.</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>&amp;Decision note (optional):</source>
        <translation>Nota de la &amp;decisión (opcional):</translation>
    </message>
    <message>
        <source>The recommendation is &amp;now:</source>
        <translation>La recomendación &amp;ahora está:</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The note is &amp;about (an item&apos;s code, or the whole plan):</source>
        <translation>La nota &amp;trata sobre (el código de un elemento, o todo el plan):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>Start a review first; the walk-through records its notes and assessments.</source>
        <translation>Primero inicie una revisión; el recorrido registra sus notas y evaluaciones.</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Exportar acta</translation>
    </message>
    <message>
        <source>%1 minutes.pdf</source>
        <translation>%1 acta.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Recommendations: none listed</source>
        <translation>Recomendaciones: ninguna</translation>
    </message>
    <message>
        <source>Recommendations: %1 (%2)</source>
        <translation>Recomendaciones: %1 (%2)</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Todavía no hay revisiones</translation>
    </message>
    <message>
        <source>Start a review at the steering committee&apos;s meeting: it freezes where every item stands, so that later you can see what changed since.</source>
        <translation>Inicie una revisión en la reunión del comité directivo: congela la situación de cada elemento, para que más adelante pueda ver qué cambió desde entonces.</translation>
    </message>
    <message>
        <source>Meeting of %1, reviewing school year %2.
Attendees: %3</source>
        <translation>Reunión del %1, revisión del año escolar %2.
Asistentes: %3</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>no se registró ninguno</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 changes</source>
        <translation>Entre %1 y %2: %3 cambios</translation>
    </message>
</context>
<context>
    <name>cairn::Rubric</name>
    <message>
        <source>Cairn&apos;s plan-quality rubric</source>
        <translation>Rúbrica de calidad del plan de Cairn</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Core values</source>
        <translation>Valores fundamentales</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>Análisis de datos</translation>
    </message>
    <message>
        <source>Theory of action</source>
        <translation>Teoría de acción</translation>
    </message>
    <message>
        <source>Strategic objectives</source>
        <translation>Objetivos estratégicos</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Measurable outcomes</source>
        <translation>Resultados medibles</translation>
    </message>
    <message>
        <source>Alignment to the district plan</source>
        <translation>Alineación con el plan del distrito</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>Grupos de estudiantes</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>cairn::RubricChoice</name>
    <message>
        <source>The rubric %1 cannot be used (%2), so Cairn&apos;s rubric is shown.</source>
        <translation>No se puede usar la rúbrica %1 (%2), así que se muestra la rúbrica de Cairn.</translation>
    </message>
</context>
<context>
    <name>cairn::RubricParts</name>
    <message>
        <source>Not stated.</source>
        <translation>No se indica.</translation>
    </message>
    <message numerus="yes">
        <source>Stated in %n words.</source>
        <translation>
            <numerusform>Se indica en %n palabra.</numerusform>
            <numerusform>Se indica en %n palabras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed for school and department plans only.</source>
        <translation>Se revisa solo en los planes escolares y de departamento.</translation>
    </message>
    <message>
        <source>Write the plan&apos;s mission: why the district or school exists and whom it serves (Plan Details › Mission).</source>
        <translation>Escriba la misión del plan: para qué existe el distrito o la escuela y a quién sirve (Detalles del plan › Misión).</translation>
    </message>
    <message>
        <source>Write the mission as a full statement of at least %1 words (Plan Details › Mission).</source>
        <translation>Escriba la misión como una declaración completa de al menos %1 palabras (Detalles del plan › Misión).</translation>
    </message>
    <message>
        <source>Write the plan&apos;s vision: what students and schools will be like when the plan succeeds (Plan Details › Vision).</source>
        <translation>Escriba la visión del plan: cómo serán los estudiantes y las escuelas cuando el plan tenga éxito (Detalles del plan › Visión).</translation>
    </message>
    <message>
        <source>Write the vision as a full statement of at least %1 words (Plan Details › Vision).</source>
        <translation>Escriba la visión como una declaración completa de al menos %1 palabras (Detalles del plan › Visión).</translation>
    </message>
    <message>
        <source>Write the theory of action: &quot;If we do these things, then students will gain this&quot;, linking the initiatives to the outcomes (Plan Details › Theory of action).</source>
        <translation>Escriba la teoría de acción: &quot;Si hacemos esto, entonces los estudiantes lograrán aquello&quot;, que vincule las iniciativas con los resultados (Detalles del plan › Teoría de acción).</translation>
    </message>
    <message>
        <source>Say in at least %1 words what the plan will do and what it expects to change for students (Plan Details › Theory of action).</source>
        <translation>Explique en al menos %1 palabras lo que hará el plan y lo que espera cambiar para los estudiantes (Detalles del plan › Teoría de acción).</translation>
    </message>
    <message numerus="yes">
        <source>%n core values listed.</source>
        <translation>
            <numerusform>%n valor fundamental registrado.</numerusform>
            <numerusform>%n valores fundamentales registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stated only as the text of the section &quot;%1&quot;.</source>
        <translation>Solo se indican como texto de la sección &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>List the core values one by one, each with what it means (Plan Details › Core values); the section &quot;%1&quot; states them only as text.</source>
        <translation>Registre los valores fundamentales uno por uno, cada uno con lo que significa (Detalles del plan › Valores fundamentales); la sección &quot;%1&quot; solo los indica como texto.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>No hay ninguno registrado.</translation>
    </message>
    <message>
        <source>List the plan&apos;s core values, each with what it means (Plan Details › Core values).</source>
        <translation>Registre los valores fundamentales del plan, cada uno con lo que significa (Detalles del plan › Valores fundamentales).</translation>
    </message>
    <message numerus="yes">
        <source>Needs assessment &quot;%1&quot; in %n words</source>
        <translation>
            <numerusform>Evaluación de necesidades &quot;%1&quot; en %n palabra</numerusform>
            <numerusform>Evaluación de necesidades &quot;%1&quot; en %n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>No needs assessment</source>
        <translation>Sin evaluación de necesidades</translation>
    </message>
    <message>
        <source>%1; %2 of %3 numeric measures have a baseline with its year and a data source.</source>
        <translation>%1; %2 de %3 indicadores numéricos tienen línea de base con su año y fuente de datos.</translation>
    </message>
    <message>
        <source>Say more in the section &quot;%1&quot; (at least %2 words): what the data show and which needs the plan answers.</source>
        <translation>Amplíe la sección &quot;%1&quot; (al menos %2 palabras): lo que muestran los datos y a qué necesidades responde el plan.</translation>
    </message>
    <message>
        <source>Add measures that show the needs in numbers, each with a baseline and a data source.</source>
        <translation>Agregue indicadores que muestren las necesidades en cifras, cada uno con su línea de base y su fuente de datos.</translation>
    </message>
    <message>
        <source>Give these measures a baseline value and its year:</source>
        <translation>Indique el valor de la línea de base y su año de estos indicadores:</translation>
    </message>
    <message>
        <source>Name where these measures&apos; data come from:</source>
        <translation>Indique de dónde vienen los datos de estos indicadores:</translation>
    </message>
    <message>
        <source>%1 of %2 goals have strategic objectives.</source>
        <translation>%1 de %2 metas tienen objetivos estratégicos.</translation>
    </message>
    <message>
        <source>Add the plan&apos;s goals, each with its strategic objectives.</source>
        <translation>Agregue las metas del plan, cada una con sus objetivos estratégicos.</translation>
    </message>
    <message>
        <source>Add a strategic objective under these goals:</source>
        <translation>Agregue un objetivo estratégico a estas metas:</translation>
    </message>
    <message>
        <source>%1 of %2 actions have an owner and a timeline; objectives without an action: %3.</source>
        <translation>%1 de %2 acciones tienen responsable y plazo; objetivos sin acción: %3.</translation>
    </message>
    <message>
        <source>Add the actions (initiatives) that carry out each objective, each with an owner and a timeline.</source>
        <translation>Agregue las acciones (iniciativas) que llevan a cabo cada objetivo, cada una con su responsable y su plazo.</translation>
    </message>
    <message>
        <source>Add an action (initiative) under these objectives:</source>
        <translation>Agregue una acción (iniciativa) a estos objetivos:</translation>
    </message>
    <message>
        <source>Name who owns these actions:</source>
        <translation>Indique el responsable de estas acciones:</translation>
    </message>
    <message>
        <source>Give these actions a timeline (a due year, a date or &quot;ongoing&quot;):</source>
        <translation>Indique el plazo de estas acciones (un año de vencimiento, una fecha o &quot;continuo&quot;):</translation>
    </message>
    <message>
        <source>%1 of %2 numeric measures are SMART: named, with a unit, a baseline and a final target with their years, a data source and an owner.</source>
        <translation>%1 de %2 indicadores numéricos son SMART: con nombre, unidad, línea de base y valor meta final con sus años, fuente de datos y responsable.</translation>
    </message>
    <message>
        <source>State at least one outcome as a number with a baseline and a target: the plan&apos;s measures are all milestones or narratives.</source>
        <translation>Exprese al menos un resultado como un número con línea de base y valor meta: todos los indicadores del plan son hitos o narrativos.</translation>
    </message>
    <message>
        <source>Add measurable outcomes: measures with a unit, a baseline and a final target with their years, a data source and an owner.</source>
        <translation>Agregue resultados medibles: indicadores con unidad, línea de base y valor meta final con sus años, fuente de datos y responsable.</translation>
    </message>
    <message>
        <source>Name these measures:</source>
        <translation>Escriba el nombre de estos indicadores:</translation>
    </message>
    <message>
        <source>Give these measures a unit:</source>
        <translation>Indique la unidad de estos indicadores:</translation>
    </message>
    <message>
        <source>Give these measures a final target and its year:</source>
        <translation>Indique el valor meta final y su año de estos indicadores:</translation>
    </message>
    <message>
        <source>Name who owns these measures:</source>
        <translation>Indique el responsable de estos indicadores:</translation>
    </message>
    <message>
        <source>%1 of %2 goals and objectives support a district item.</source>
        <translation>%1 de %2 metas y objetivos apoyan un elemento del distrito.</translation>
    </message>
    <message>
        <source>Choose the district plan this plan aligns to (Plan Details › Choose District Plan…).</source>
        <translation>Elija el plan del distrito con el que se alinea este plan (Detalles del plan › Elegir plan del distrito…).</translation>
    </message>
    <message>
        <source>Add the plan&apos;s goals and objectives, each naming the district item it supports.</source>
        <translation>Agregue las metas y los objetivos del plan, cada uno con el elemento del distrito al que apoya.</translation>
    </message>
    <message>
        <source>Name the district item each of these supports (its Supports field):</source>
        <translation>Anote el elemento del distrito al que apoya cada uno de estos (su campo «Apoya a elementos del distrito»):</translation>
    </message>
    <message>
        <source>%1 of %2 people listed have a role.</source>
        <translation>%1 de %2 personas registradas tienen cargo.</translation>
    </message>
    <message>
        <source>List who took part in writing the plan (staff, parents, community members), each with their role (Plan Details › People).</source>
        <translation>Registre quiénes participaron en la elaboración del plan (personal, padres de familia, miembros de la comunidad), cada uno con su cargo (Detalles del plan › Personas).</translation>
    </message>
    <message>
        <source>Give these people their role (Plan Details › People):</source>
        <translation>Indique el cargo de estas personas (Detalles del plan › Personas):</translation>
    </message>
    <message>
        <source>The plan names no student group.</source>
        <translation>El plan no nombra ningún grupo de estudiantes.</translation>
    </message>
    <message>
        <source>Name the student groups whose needs the plan answers (English learners, students with disabilities, …) and state an outcome for each.</source>
        <translation>Nombre los grupos de estudiantes a cuyas necesidades responde el plan (estudiantes de inglés, estudiantes con discapacidades, …) e indique un resultado para cada uno.</translation>
    </message>
    <message>
        <source>Groups named: %1; with an outcome: %2 of %3.</source>
        <translation>Grupos nombrados: %1; con un resultado: %2 de %3.</translation>
    </message>
    <message>
        <source>State an outcome for each of these groups (a measure, or a child measure of the outcome it concerns):</source>
        <translation>Indique un resultado para cada uno de estos grupos (un indicador, o un subindicador del resultado al que se refiere):</translation>
    </message>
    <message numerus="yes">
        <source>Needs assessment in %n words</source>
        <translation>
            <numerusform>Evaluación de necesidades en %n palabra</numerusform>
            <numerusform>Evaluación de necesidades en %n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the needs assessment (Plan Details › Needs assessment): what the data show and which needs the plan answers.</source>
        <translation>Redacte la evaluación de necesidades (Detalles del plan › Evaluación de necesidades): qué muestran los datos y a qué necesidades responde el plan.</translation>
    </message>
    <message>
        <source>Say more in the needs assessment (at least %1 words): what the data show and which needs the plan answers.</source>
        <translation>Amplíe la evaluación de necesidades (al menos %1 palabras): qué muestran los datos y a qué necesidades responde el plan.</translation>
    </message>
</context>
<context>
    <name>cairn::SafeFile</name>
    <message>
        <source>The disk that holds %1 (%2) is full: %3 free</source>
        <translation>El disco que contiene %1 (%2) está lleno: quedan %3 libres</translation>
    </message>
    <message>
        <source>%1. %2 was not written, and no earlier file of that name was changed; free some space and try again.</source>
        <translation>%1. No se escribió %2, y no se modificó ningún archivo anterior con ese nombre; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The folder %1 does not allow writing, so %2 was not written. Choose a folder of yours, or allow writing to this one.</source>
        <translation>La carpeta %1 no permite escribir, así que no se escribió %2. Elija una carpeta suya, o permita escribir en esta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so %2 was not written.</source>
        <translation>La carpeta %1 no existe, así que no se escribió %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. No earlier file of that name was changed.</source>
        <translation>No se pudo escribir %1: %2. No se modificó ningún archivo anterior con ese nombre.</translation>
    </message>
</context>
<context>
    <name>cairn::Schema</name>
    <message>
        <source>The plan file&apos;s format number is %1, which no Cairn has written; it was not changed.</source>
        <translation>El número de formato del archivo del plan es %1, que ningún Cairn ha escrito; no se modificó.</translation>
    </message>
</context>
<context>
    <name>cairn::SchoolPlanOpener</name>
    <message>
        <source>Open the School Plan</source>
        <translation>Abrir el plan escolar</translation>
    </message>
    <message>
        <source>The school plan is the file %1. It is not a plan file Cairn can open in a new window: import it with File &gt; Import JSON… (or ask its school for the plan file), link its items there, then export it again.</source>
        <translation>El plan escolar es el archivo %1. No es un archivo de plan que Cairn pueda abrir en una ventana nueva: impórtelo con Archivo &gt; Importar JSON… (o pida a su escuela el archivo del plan), vincule allí sus elementos y vuelva a exportarlo.</translation>
    </message>
</context>
<context>
    <name>cairn::ServerFailure</name>
    <message>
        <source>The PostgreSQL server %1 refused the password for the login %2. Check the password in PGPASSWORD or in your ~/.pgpass file (docs/server.md); nothing was changed.</source>
        <translation>El servidor PostgreSQL %1 rechazó la contraseña del usuario %2. Revise la contraseña en PGPASSWORD o en su archivo ~/.pgpass (docs/server.md); no se cambió nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for the password of the login %2. Set it in PGPASSWORD or add a line for it to your ~/.pgpass file (docs/server.md), then try again; nothing was changed.</source>
        <translation>El servidor PostgreSQL %1 pide la contraseña del usuario %2. Póngala en PGPASSWORD o agregue una línea para ella en su archivo ~/.pgpass (docs/server.md) y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no login %2. Ask the server&apos;s administrator for one, or name yours in the URL (postgresql://LOGIN@host/database); nothing was changed.</source>
        <translation>El servidor PostgreSQL %1 no tiene el usuario %2. Pida uno al administrador del servidor, o indique el suyo en la URL (postgresql://LOGIN@host/database); no se cambió nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no database &quot;%2&quot;. Check the name in the URL, or create the database first (docs/server.md); nothing was changed.</source>
        <translation>El servidor PostgreSQL %1 no tiene la base de datos &quot;%2&quot;. Revise el nombre en la URL, o cree primero la base de datos (docs/server.md); no se cambió nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 does not accept connections from this computer for the login %2 (its pg_hba.conf has no entry for it). Ask the server&apos;s administrator; nothing was changed.</source>
        <translation>El servidor PostgreSQL %1 no acepta conexiones desde esta computadora para el usuario %2 (su pg_hba.conf no tiene una entrada para ello). Consulte al administrador del servidor; no se cambió nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 could not be reached (%2). Check the host name and port in the URL, that the server is running and that the network allows the connection; nothing was changed.</source>
        <translation>No se pudo conectar con el servidor PostgreSQL %1 (%2). Revise el nombre del servidor y el puerto en la URL, que el servidor esté en marcha y que la red permita la conexión; no se cambió nada.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server holding %1 was lost (%2). Nothing was changed; try again once the server can be reached.</source>
        <translation>Se perdió la conexión con el servidor PostgreSQL que contiene %1 (%2). No se cambió nada; vuelva a intentarlo cuando se pueda llegar al servidor.</translation>
    </message>
    <message>
        <source>Someone else was changing %1 at the same moment, so nothing was changed. Look at the plan as it is now and make the change again.</source>
        <translation>Otra persona estaba modificando %1 en ese mismo momento, así que no se cambió nada. Revise el plan tal como está ahora y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 está abierto solo para lectura; no se cambió nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL server holding %1 has no disk space left, so the change could not be saved. Nothing was changed; ask the server&apos;s administrator to make room.</source>
        <translation>El servidor PostgreSQL que contiene %1 se quedó sin espacio en disco, así que no se pudo guardar el cambio. No se cambió nada; pida al administrador del servidor que libere espacio.</translation>
    </message>
    <message>
        <source>%1 could not be read or updated: %2 (while running: %3)</source>
        <translation>No se pudo leer ni actualizar %1: %2 (al ejecutar: %3)</translation>
    </message>
    <message>
        <source>You can enter values for the measures you own; %1 has no owner, so only the coordinator can change it. Nothing was changed.</source>
        <translation>Usted puede registrar valores de los indicadores a su cargo; %1 no tiene responsable, así que solo el coordinador puede modificarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>You can update the progress of the actions you own; %1 has no owner, so only the coordinator can change it. Nothing was changed.</source>
        <translation>Usted puede actualizar el avance de las acciones a su cargo; %1 no tiene responsable, así que solo el coordinador puede modificarla. No se cambió nada.</translation>
    </message>
    <message>
        <source>You can enter values for the measures you own; %1 belongs to %2. Nothing was changed.</source>
        <translation>Usted puede registrar valores de los indicadores a su cargo; %1 está a cargo de %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>You can update the progress of the actions you own; %1 belongs to %2. Nothing was changed.</source>
        <translation>Usted puede actualizar el avance de las acciones a su cargo; %1 está a cargo de %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is a login with rights beyond Cairn&apos;s (a superuser, one that creates roles or the database&apos;s owner), so it is left to the server&apos;s administrator; nothing was changed.</source>
        <translation>%1 es un usuario con más permisos que los de Cairn (un superusuario, uno que crea roles o el dueño de la base de datos), así que queda en manos del administrador del servidor; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is a login Cairn did not create, so its password is left to the server&apos;s administrator; nothing was changed.</source>
        <translation>%1 es un usuario que Cairn no creó, así que su contraseña queda en manos del administrador del servidor; no se cambió nada.</translation>
    </message>
    <message>
        <source>Only the plan&apos;s coordinator or the database&apos;s owner may add or remove people; nothing was changed.</source>
        <translation>Solo el coordinador del plan o el dueño de la base de datos pueden agregar o quitar personas; no se cambió nada.</translation>
    </message>
    <message>
        <source>The login that ran &quot;cairn-cli server init&quot; on %1 may not create logins or give them roles (PostgreSQL&apos;s CREATEROLE right). Run it again with a login that may, such as the database&apos;s owner created with --createrole (docs/server.md); nothing was changed.</source>
        <translation>El usuario que ejecutó &quot;cairn-cli server init&quot; en %1 no puede crear usuarios ni asignarles roles (el permiso CREATEROLE de PostgreSQL). Ejecútelo de nuevo con un usuario que sí pueda, como el dueño de la base de datos creado con --createrole (docs/server.md); no se cambió nada.</translation>
    </message>
    <message>
        <source>Your login may not make this change in %1: an owner enters the values, notes and sources of the measures they own and the progress of the actions they own, a viewer reads, and the coordinator changes everything else. Nothing was changed.</source>
        <translation>Su usuario no puede hacer este cambio en %1: un responsable registra los valores, notas y fuentes de los indicadores a su cargo y el avance de las acciones a su cargo, un lector consulta, y el coordinador modifica todo lo demás. No se cambió nada.</translation>
    </message>
    <message>
        <source>Your login has no role in the plans of %1, so it may not read them. Ask the plans&apos; coordinator to give it one (cairn-cli server user add); nothing was changed.</source>
        <translation>Su usuario no tiene ningún rol en los planes de %1, así que no puede consultarlos. Pida al coordinador de los planes que le asigne uno (cairn-cli server user add); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>cairn::ServerSecurity</name>
    <message>
        <source>This database has no roles for Cairn yet. Run &quot;cairn-cli server init&quot; on it first (as its owner); nothing was changed.</source>
        <translation>Esta base de datos aún no tiene roles para Cairn. Ejecute primero &quot;cairn-cli server init&quot; en ella (como su dueño); no se cambió nada.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
</context>
<context>
    <name>cairn::SheetView</name>
    <message>
        <source>Select the cell where the pasted values should start.</source>
        <translation>Seleccione la celda donde deben empezar los valores pegados.</translation>
    </message>
    <message>
        <source>Another window or cairn-cli removed what you were typing &quot;%1&quot; for; it was not saved.</source>
        <translation>Otra ventana o cairn-cli eliminó aquello para lo que usted escribía &quot;%1&quot;; no se guardó.</translation>
    </message>
    <message>
        <source>While you were typing &quot;%1&quot; in %2, another window or cairn-cli saved &quot;%3&quot; there. Yours is not saved yet: press Enter to save it over theirs, or Escape to keep theirs.</source>
        <translation>Mientras usted escribía &quot;%1&quot; en %2, otra ventana o cairn-cli guardó ahí &quot;%3&quot;. El suyo todavía no se guarda: oprima Intro para guardarlo en su lugar, o Esc para conservar el otro.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>cairn::SqlDialect</name>
    <message>
        <source>Two items would have the same code; give every item its own code. Nothing was changed. (%1)</source>
        <translation>Dos elementos tendrían el mismo código; dé a cada elemento su propio código. No se cambió nada. (%1)</translation>
    </message>
</context>
<context>
    <name>cairn::SqliteFailure</name>
    <message>
        <source>%1 is damaged and cannot be opened (SQLite reports: %2). Cairn has not changed it; restore it from a backup copy.</source>
        <translation>%1 está dañado y no se puede abrir (SQLite informa: %2). Cairn no lo modificó; restáurelo desde una copia de respaldo.</translation>
    </message>
    <message>
        <source>%1, so the change could not be saved. Nothing was changed and the plan is intact; free some space and try again.</source>
        <translation>%1, así que no se pudo guardar el cambio. No se modificó nada y el plan está intacto; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The folder %1 does not allow writing, and Cairn writes a journal beside %2 while it saves, so the change could not be saved. Nothing was changed; allow writing to the folder, or copy the plan into a folder of yours.</source>
        <translation>La carpeta %1 no permite escribir, y Cairn escribe un registro junto a %2 mientras guarda, así que no se pudo guardar el cambio. No se modificó nada; permita escribir en la carpeta, o copie el plan a una carpeta suya.</translation>
    </message>
    <message>
        <source>%1 is read-only, so the change could not be saved. Nothing was changed; allow writing to the file, or save a copy elsewhere.</source>
        <translation>%1 es de solo lectura, así que no se pudo guardar el cambio. No se modificó nada; permita escribir en el archivo, o guarde una copia en otro lugar.</translation>
    </message>
    <message>
        <source>%1 is busy: %2 is saving to it. Nothing was changed; try again in a moment, or close the plan there.</source>
        <translation>%1 está ocupado: %2 está guardando en él. No se modificó nada; inténtelo de nuevo en un momento, o cierre el plan allá.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: %2. Nothing was changed; check that the disk or network share holding it is still there.</source>
        <translation>No se pudo leer ni escribir %1: %2. No se modificó nada; verifique que el disco o la carpeta de red que lo contiene siga disponible.</translation>
    </message>
    <message>
        <source>%1 could not be read or updated: %2 (while running: %3)</source>
        <translation>No se pudo leer ni actualizar %1: %2 (al ejecutar: %3)</translation>
    </message>
</context>
<context>
    <name>cairn::StartReviewDialog</name>
    <message>
        <source>Start Review</source>
        <translation>Iniciar revisión</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>otoño</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>primavera</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>invierno</translation>
    </message>
    <message>
        <source>%1 %2 review</source>
        <translation>Revisión de %1 %2</translation>
    </message>
    <message>
        <source>Give the review a title, such as &quot;Fall 2025 review&quot;.</source>
        <translation>Escriba un título para la revisión, como &quot;Revisión de otoño 2025&quot;.</translation>
    </message>
    <message>
        <source>The plan already has a review called &quot;%1&quot;; give this one another title.</source>
        <translation>El plan ya tiene una revisión llamada &quot;%1&quot;; póngale otro título a esta.</translation>
    </message>
</context>
<context>
    <name>cairn::StatusText</name>
    <message>
        <source>On track</source>
        <translation>En buen camino</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Fuera de rumbo</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin valor meta</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Aún no vence</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Forwarded to the board</source>
        <translation>Enviada a la Junta Directiva</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implementada</translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n en buen camino</numerusform>
            <numerusform>%n en buen camino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n en riesgo</numerusform>
            <numerusform>%n en riesgo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n off track</source>
        <translation>
            <numerusform>%n fuera de rumbo</numerusform>
            <numerusform>%n fuera de rumbo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>%n completado</numerusform>
            <numerusform>%n completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n sin iniciar</numerusform>
            <numerusform>%n sin iniciar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no data</source>
        <translation>
            <numerusform>%n sin datos</numerusform>
            <numerusform>%n sin datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no target</source>
        <translation>
            <numerusform>%n sin valor meta</numerusform>
            <numerusform>%n sin valor meta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due</source>
        <translation>
            <numerusform>%n aún no vence</numerusform>
            <numerusform>%n aún no vencen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discontinued</source>
        <translation>
            <numerusform>%n suspendido</numerusform>
            <numerusform>%n suspendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>indicador</translation>
    </message>
    <message numerus="yes">
        <source>%n goals</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objectives</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>forwarded to the board</source>
        <translation>enviada a la Junta Directiva</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>implementada</translation>
    </message>
</context>
<context>
    <name>cairn::StudentGroups</name>
    <message>
        <source>English learners</source>
        <translation>Estudiantes de inglés</translation>
    </message>
    <message>
        <source>Students with disabilities</source>
        <translation>Estudiantes con discapacidades</translation>
    </message>
    <message>
        <source>Economically disadvantaged students</source>
        <translation>Estudiantes económicamente desfavorecidos</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>Estudiantes hispanos o latinos</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>Estudiantes negros o afroamericanos</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>Estudiantes blancos</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>Estudiantes asiáticos</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>Estudiantes indígenas americanos o nativos de Alaska</translation>
    </message>
    <message>
        <source>Pacific Islander students</source>
        <translation>Estudiantes de las islas del Pacífico</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>Estudiantes de dos o más razas</translation>
    </message>
    <message>
        <source>Gifted and talented students</source>
        <translation>Estudiantes dotados y talentosos</translation>
    </message>
    <message>
        <source>Students experiencing homelessness</source>
        <translation>Estudiantes sin hogar</translation>
    </message>
    <message>
        <source>Students in foster care</source>
        <translation>Estudiantes en hogares de crianza</translation>
    </message>
    <message>
        <source>Migrant students</source>
        <translation>Estudiantes migrantes</translation>
    </message>
</context>
<context>
    <name>cairn::SupportsEditor</name>
    <message>
        <source>Codes of the district plan&apos;s items, separated by commas</source>
        <translation>Códigos de los elementos del plan del distrito, separados por comas</translation>
    </message>
    <message>
        <source>Open the district plan once, or choose it in Plan Details, to see these items&apos; titles and pick from them.</source>
        <translation>Abra una vez el plan del distrito, o elíjalo en Detalles del plan, para ver los títulos de estos elementos y elegirlos de la lista.</translation>
    </message>
    <message>
        <source>%1: not in %2; choose one of its items.</source>
        <translation>%1: no está en %2; elija uno de sus elementos.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cairn::Suppression</name>
    <message>
        <source>&gt;95%</source>
        <translation>&gt;95%</translation>
    </message>
    <message>
        <source>&lt;5%</source>
        <translation>&lt;5%</translation>
    </message>
    <message>
        <source>not shown (small group)</source>
        <translation>no se muestra (grupo pequeño)</translation>
    </message>
    <message>
        <source>To protect students&apos; privacy, values of student groups of 1 to 4 students are not shown, nor the next-smallest group&apos;s, from which they could be worked out (Texas&apos; rule).</source>
        <translation>Para proteger la privacidad de los estudiantes, no se muestran los valores de grupos de 1 a 4 estudiantes, ni los del siguiente grupo más pequeño, con los que podrían calcularse (regla de Texas).</translation>
    </message>
    <message>
        <source>To protect students&apos; privacy, values of student groups of 5 or fewer students are not shown, nor another group&apos;s from which they could be worked out (Wisconsin&apos;s rule).</source>
        <translation>Para proteger la privacidad de los estudiantes, no se muestran los valores de grupos de 5 estudiantes o menos, ni los de otro grupo con los que podrían calcularse (regla de Wisconsin).</translation>
    </message>
    <message>
        <source>To protect students&apos; privacy, values of student groups of 15 or fewer students are not shown, and percentages above 95 or below 5 are shown as &quot;&gt;95%&quot; or &quot;&lt;5%&quot; (Delaware&apos;s rule).</source>
        <translation>Para proteger la privacidad de los estudiantes, no se muestran los valores de grupos de 15 estudiantes o menos, y los porcentajes mayores de 95 o menores de 5 se muestran como &quot;&gt;95%&quot; o &quot;&lt;5%&quot; (regla de Delaware).</translation>
    </message>
    <message>
        <source>To protect students&apos; privacy, values of student groups of fewer than 11 students are not shown (California&apos;s rule).</source>
        <translation>Para proteger la privacidad de los estudiantes, no se muestran los valores de grupos de menos de 11 estudiantes (regla de California).</translation>
    </message>
    <message>
        <source>To protect students&apos; privacy, values of student groups of fewer than %1 students are not shown.</source>
        <translation>Para proteger la privacidad de los estudiantes, no se muestran los valores de grupos de menos de %1 estudiantes.</translation>
    </message>
    <message>
        <source>a group size is a whole number of students, 0 or more</source>
        <translation>el tamaño de un grupo es un número entero de estudiantes, 0 o más</translation>
    </message>
</context>
<context>
    <name>cairn::SuppressionPicker</name>
    <message>
        <source>Small groups</source>
        <translation>Grupos pequeños</translation>
    </message>
    <message>
        <source>Published values (the website and the board report) of student groups smaller than the rule allows are hidden; the group&apos;s size is entered as n beside each value.</source>
        <translation>Los valores publicados (el sitio web y el informe para la Junta Directiva) de grupos de estudiantes más pequeños de lo que permite la regla se ocultan; el tamaño del grupo se anota como n junto a cada valor.</translation>
    </message>
    <message>
        <source>None: publish every value</source>
        <translation>Ninguna: publicar todo</translation>
    </message>
    <message>
        <source>Texas: hide groups of 1 to 4, and the next-smallest</source>
        <translation>Texas: ocultar grupos de 1 a 4 y el grupo que les sigue en tamaño</translation>
    </message>
    <message>
        <source>Wisconsin: hide groups of 5 or fewer, and one more</source>
        <translation>Wisconsin: ocultar grupos de 5 o menos, y uno más</translation>
    </message>
    <message>
        <source>Delaware: hide groups of 15 or fewer; code over 95% and under 5%</source>
        <translation>Delaware: ocultar grupos de 15 o menos; más de 95 % y menos de 5 % como rangos</translation>
    </message>
    <message>
        <source>California: hide groups of fewer than 11</source>
        <translation>California: ocultar grupos de menos de 11</translation>
    </message>
    <message>
        <source>Minimum group size:</source>
        <translation>Tamaño mínimo del grupo:</translation>
    </message>
    <message>
        <source>Minimum group size (n)</source>
        <translation>Tamaño mínimo del grupo (n)</translation>
    </message>
    <message>
        <source>n ≥ </source>
        <translation>n ≥ </translation>
    </message>
</context>
<context>
    <name>cairn::TimelineText</name>
    <message>
        <source>every year</source>
        <translation>cada año</translation>
    </message>
    <message>
        <source>%1, then every year</source>
        <translation>%1, luego cada año</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>continuo</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>%1 and ongoing</source>
        <translation>%1 y continuo</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>cairn::ValueApproval</name>
    <message>
        <source>The coordinator has set no due date for the %1 values.</source>
        <translation>El coordinador no ha fijado una fecha límite para los valores de %1.</translation>
    </message>
    <message>
        <source>The %1 values are due today, %2.</source>
        <translation>Los valores de %1 vencen hoy, %2.</translation>
    </message>
    <message>
        <source>The %1 values are due %2, %3.</source>
        <translation>Los valores de %1 vencen el %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 values were due %2, %3.</source>
        <translation>Los valores de %1 vencieron el %2, hace %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ValuePlausibility</name>
    <message>
        <source>%1 is a percentage</source>
        <translation>%1 es un porcentaje</translation>
    </message>
    <message>
        <source>%1 is a count</source>
        <translation>%1 es una cantidad</translation>
    </message>
    <message>
        <source>%1 is an amount of money</source>
        <translation>%1 es un monto de dinero</translation>
    </message>
    <message>
        <source>%1 is a score</source>
        <translation>%1 es un puntaje</translation>
    </message>
    <message>
        <source>%1 is a rating</source>
        <translation>%1 es una calificación</translation>
    </message>
    <message>
        <source>%1 is a number of days</source>
        <translation>%1 es un número de días</translation>
    </message>
    <message>
        <source>%1 has a unit of its own</source>
        <translation>%1 tiene una unidad propia</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation>%1 está en %2</translation>
    </message>
    <message>
        <source>%1 has no unit</source>
        <translation>%1 no tiene unidad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2, so &quot;%3&quot; is not its unit; type %4, such as %5</source>
        <translation>&quot;%1&quot;: %2, así que &quot;%3&quot; no es su unidad; escriba %4, como %5</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>the number alone</source>
        <translation>solo el número</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 of whole things; type a whole number, such as %3, or give the measure decimals if it counts in fractions</source>
        <translation>&quot;%1&quot;: %2 de unidades enteras; escriba un número entero, como %3, o dele decimales al indicador si cuenta fracciones</translation>
    </message>
    <message>
        <source>It is more than %1 times the largest value in the baseline, targets and actuals of %2 (%3).</source>
        <translation>Es más de %1 veces el valor más alto en la línea de base, los valores meta y los valores reales de %2 (%3).</translation>
    </message>
</context>
<context>
    <name>cairn::ValueQuestion</name>
    <message>
        <source>Enter %1 as %2? %3</source>
        <translation>¿Registrar %1 como %2? %3</translation>
    </message>
    <message>
        <source>Enter these values? %1 of them are far from what their measure has had:</source>
        <translation>¿Registrar estos valores? %1 de ellos están muy lejos de lo que ha tenido su indicador:</translation>
    </message>
    <message>
        <source>• %1 as %2. %3</source>
        <translation>• %1 como %2. %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Enter this value?</source>
        <translation>¿Registrar este valor?</translation>
    </message>
</context>
<context>
    <name>cairn::ValueText</name>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
</context>
<context>
    <name>cairn::ValuesCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; export a sheet from Cairn to see the columns it needs</source>
        <translation>el archivo está vacío; exporte una hoja desde Cairn para ver las columnas que necesita</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column; the first line must name the columns, as in a sheet exported from Cairn</source>
        <translation>el encabezado no tiene una columna &quot;%1&quot;; la primera línea debe nombrar las columnas, como en una hoja exportada desde Cairn</translation>
    </message>
    <message>
        <source>some numbers use a decimal point and others a decimal comma; use one convention throughout the file</source>
        <translation>algunos números usan punto decimal y otros coma decimal; use una sola convención en todo el archivo</translation>
    </message>
    <message>
        <source>there is no measure with the code &quot;%1&quot; in this plan</source>
        <translation>no hay ningún indicador con el código &quot;%1&quot; en este plan</translation>
    </message>
    <message>
        <source>%1 is not a numeric measure; its progress is not entered as a value</source>
        <translation>%1 no es un indicador numérico; su avance no se registra como un valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year such as %2</source>
        <translation>&quot;%1&quot; no es un año escolar como %2</translation>
    </message>
    <message>
        <source>%1 is outside the plan&apos;s school years %2 to %3</source>
        <translation>%1 está fuera de los años escolares del plan, %2 a %3</translation>
    </message>
    <message>
        <source>%1: %2 (the first is on line %3)</source>
        <translation>%1: %2 (el primero está en la línea %3)</translation>
    </message>
    <message>
        <source>the target of %1 for %2 was changed to &quot;%3&quot;; targets are not imported from sheets, change it in Cairn</source>
        <translation>el valor meta de %1 para %2 se cambió a &quot;%3&quot;; los valores meta no se importan desde hojas, cámbielo en Cairn</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is neither preliminary nor final</source>
        <translation>el estado &quot;%1&quot; no es ni preliminar ni final</translation>
    </message>
    <message>
        <source>the as-of date &quot;%1&quot; is not a date such as 2025-06-30</source>
        <translation>la fecha de corte &quot;%1&quot; no es una fecha como 2025-06-30</translation>
    </message>
    <message>
        <source>the actual of %1 for %2: %3</source>
        <translation>el valor real de %1 para %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>check the actual of %1 for %2, %3: %4</source>
        <translation>revise el valor real de %1 para %2, %3: %4</translation>
    </message>
    <message>
        <source>the group size (n) of %1 for %2, &quot;%3&quot;: %4</source>
        <translation>el tamaño del grupo (n) de %1 para %2, &quot;%3&quot;: %4</translation>
    </message>
</context>
<context>
    <name>cairn::ValuesModel</name>
    <message>
        <source>%1, actual %2: %3</source>
        <translation>%1, valor real %2: %3</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (derivado)</translation>
    </message>
    <message>
        <source>%1 (preliminary)</source>
        <translation>%1 (preliminar)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Valor meta %1</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>Valor real %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1: enter the %2 actual before its note</source>
        <translation>%1: registre el valor real de %2 antes de su nota</translation>
    </message>
    <message>
        <source>the %1 actual of %2</source>
        <translation>el valor real de %1 de %2</translation>
    </message>
    <message>
        <source>Some of the pasted numbers use a decimal point and others a decimal comma; nothing was changed.</source>
        <translation>Algunos de los números pegados usan punto decimal y otros coma decimal; no se cambió nada.</translation>
    </message>
    <message>
        <source>The pasted block has %1 rows but only %2 fit below the selected row; nothing was changed.</source>
        <translation>El bloque pegado tiene %1 filas, pero debajo de la fila seleccionada solo caben %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>Row %1, %2; nothing was changed.</source>
        <translation>Fila %1, %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>Enter %1 value of %2</source>
        <translation>Registrar el valor de %1 de %2</translation>
    </message>
    <message>
        <source>Paste %1 values</source>
        <translation>Pegar %1 valores</translation>
    </message>
    <message>
        <source>The values were not saved.</source>
        <translation>No se guardaron los valores.</translation>
    </message>
    <message>
        <source>the %1 note of %2</source>
        <translation>la nota de %1 de %2</translation>
    </message>
    <message>
        <source>Group size (n)</source>
        <translation>Tamaño del grupo (n)</translation>
    </message>
    <message>
        <source>%1: enter the %2 actual before its group size</source>
        <translation>%1: registre el valor real de %2 antes del tamaño de su grupo</translation>
    </message>
    <message>
        <source>%1, group size %2: &quot;%3&quot;: %4</source>
        <translation>%1, tamaño del grupo de %2: &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>%1: only the actual, its group size and the note can be entered here</source>
        <translation>%1: aquí solo se pueden registrar el valor real, el tamaño de su grupo y la nota</translation>
    </message>
    <message>
        <source>the %1 group size of %2</source>
        <translation>el tamaño del grupo de %1 de %2</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1 (devuelto)</translation>
    </message>
    <message>
        <source>Returned by the coordinator: %1</source>
        <translation>Devuelto por el coordinador: %1</translation>
    </message>
</context>
<context>
    <name>cairn::ValuesView</name>
    <message>
        <source>&amp;Missing values only</source>
        <translation>Solo valores &amp;faltantes</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Values of every numeric measure</source>
        <translation>Valores de cada indicador numérico</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Año escolar:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Type a value, or copy a column of values in a spreadsheet and paste it here (Ctrl+V). &quot;56%&quot; and &quot;1,234.5&quot; are understood; a blank cell changes nothing.</source>
        <translation>Escriba un valor, o copie una columna de valores en una hoja de cálculo y péguela aquí (Ctrl+V). Se entienden &quot;56%&quot; y &quot;1,234.5&quot;; una celda en blanco no cambia nada.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Todas las metas</translation>
    </message>
</context>
<context>
    <name>cairn::WebsitePublish</name>
    <message>
        <source>Publish Website — choose an empty folder</source>
        <translation>Publicar sitio web — elija una carpeta vacía</translation>
    </message>
    <message>
        <source>Publish Website</source>
        <translation>Publicar sitio web</translation>
    </message>
    <message>
        <source>%1 holds a website published earlier. Replace it with this one?</source>
        <translation>%1 contiene un sitio web publicado antes. ¿Reemplazarlo con este?</translation>
    </message>
    <message>
        <source>Cannot publish the website</source>
        <translation>No se puede publicar el sitio web</translation>
    </message>
    <message>
        <source>The %1 website: a folder of pages any web server can show.</source>
        <translation>El sitio web de %1: una carpeta de páginas que cualquier servidor web puede mostrar.</translation>
    </message>
    <message>
        <source>&amp;Small groups:</source>
        <translation>&amp;Grupos pequeños:</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Language of the website</source>
        <translation>Idioma del sitio web</translation>
    </message>
    <message>
        <source>The pages&apos; words, dates and month names; whatever language Cairn itself speaks</source>
        <translation>Las palabras, fechas y nombres de los meses de las páginas, sea cual sea el idioma de Cairn</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>cairn::Workspace</name>
    <message>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Update values</source>
        <translation>Actualizar valores</translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation>Vista general del plan</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>Plan Quality</source>
        <translation>Calidad del plan</translation>
    </message>
    <message>
        <source>My Updates</source>
        <translation>Mis actualizaciones</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
</context>
<context>
    <name>cairn::YearTableModel</name>
    <message>
        <source>the %1 %2 of %3</source>
        <translation>%2 de %1 de %3</translation>
    </message>
    <message>
        <source>target</source>
        <translation>valor meta</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>valor real</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (línea de base)</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (derivado)</translation>
    </message>
    <message>
        <source>Derived on the line from the baseline to the final target; type a value to set it.</source>
        <translation>Derivado de la línea que va de la línea de base al valor meta final; escriba un valor para fijarlo.</translation>
    </message>
    <message>
        <source>%1 (preliminary)</source>
        <translation>%1 (preliminar)</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valor meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Enter the %1 actual before its note.</source>
        <translation>Registre el valor real de %1 antes de su nota.</translation>
    </message>
    <message>
        <source>%1; %2 was not changed.</source>
        <translation>%1; no se cambió %2.</translation>
    </message>
    <message>
        <source>Some of the pasted numbers use a decimal point and others a decimal comma; nothing was changed.</source>
        <translation>Algunos de los números pegados usan punto decimal y otros coma decimal; no se cambió nada.</translation>
    </message>
    <message>
        <source>The pasted block has %1 rows but only %2 fit below the selected row; nothing was changed.</source>
        <translation>El bloque pegado tiene %1 filas, pero debajo de la fila seleccionada solo caben %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 was not changed</source>
        <translation>no se cambió %1</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>no se cambió nada</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Fijar %1</translation>
    </message>
    <message>
        <source>Paste values into %1</source>
        <translation>Pegar valores en %1</translation>
    </message>
    <message>
        <source>The values were not saved.</source>
        <translation>No se guardaron los valores.</translation>
    </message>
    <message>
        <source>group size (n)</source>
        <translation>tamaño del grupo (n)</translation>
    </message>
    <message>
        <source>How many students the value is about, for a student group: published values of groups too small for the plan&apos;s rule are hidden.</source>
        <translation>Cuántos estudiantes abarca el valor, para un grupo de estudiantes: los valores publicados de grupos demasiado pequeños para la regla del plan se ocultan.</translation>
    </message>
    <message>
        <source>Group size (n)</source>
        <translation>Tamaño del grupo (n)</translation>
    </message>
    <message>
        <source>Enter the %1 actual before its group size.</source>
        <translation>Anote el valor real de %1 antes del tamaño de su grupo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2; %3 was not changed.</source>
        <translation>&quot;%1&quot;: %2; %3 no se cambió.</translation>
    </message>
    <message>
        <source>Only targets, actuals, group sizes and notes can be entered here; nothing was changed.</source>
        <translation>Aquí solo se pueden anotar metas, valores reales, tamaños de grupo y notas; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>cairn::cli::Commands</name>
    <message>
        <source>Writes a measure&apos;s annual-target chart as a PNG or SVG image, the same chart the app and the board report show.</source>
        <translation>Escribe la gráfica de valores meta anuales de un indicador como imagen PNG o SVG, la misma gráfica que muestran la aplicación y el informe a la Junta Directiva.</translation>
    </message>
    <message>
        <source>the plan file (or a JSON plan) to read</source>
        <translation>el archivo del plan (o un plan en JSON) que se va a leer</translation>
    </message>
    <message>
        <source>the code of the measure to chart, such as 1.2-L1</source>
        <translation>el código del indicador que se va a graficar, como 1.2-L1</translation>
    </message>
    <message>
        <source>the image to write: a name ending in .png or .svg</source>
        <translation>la imagen que se va a escribir: un nombre que termine en .png o .svg</translation>
    </message>
    <message>
        <source>the school year under review; default: the plan&apos;s report year</source>
        <translation>el año escolar en revisión; predeterminado: el año del informe del plan</translation>
    </message>
    <message>
        <source>width x height in pixels; default: 1200x700</source>
        <translation>ancho x alto en píxeles; predeterminado: 1200x700</translation>
    </message>
    <message>
        <source>replace OUT if it exists</source>
        <translation>reemplazar OUT si existe</translation>
    </message>
    <message>
        <source>Give the measure with --measure CODE and the image with -o OUT.png or OUT.svg.</source>
        <translation>Indique el indicador con --measure CÓDIGO y la imagen con -o OUT.png u OUT.svg.</translation>
    </message>
    <message>
        <source>%1: the image must end in .png or .svg.</source>
        <translation>%1: la imagen debe terminar en .png o .svg.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 200x150 and 8000x8000, such as 1200x700, not &quot;%1&quot;.</source>
        <translation>--size debe ser ANCHOxALTO entre 200x150 y 8000x8000, como 1200x700, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The plan has no measure with the code &quot;%1&quot;.</source>
        <translation>El plan no tiene ningún indicador con el código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>¿Quiso decir: %1</translation>
    </message>
    <message>
        <source>Run &quot;cairn-cli status %1&quot; to list the plan&apos;s codes.</source>
        <translation>Ejecute &quot;cairn-cli status %1&quot; para ver los códigos del plan.</translation>
    </message>
    <message>
        <source>Wrote the chart of %1 to %2.</source>
        <translation>Se escribió la gráfica de %1 en %2.</translation>
    </message>
    <message>
        <source>--year must be a school year such as 2024-25, not &quot;%1&quot;.</source>
        <translation>--year debe ser un año escolar como 2024-25, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is outside the plan&apos;s school years %2 to %3; choose a year within them.</source>
        <translation>%1 está fuera de los años escolares del plan, %2 a %3; elija un año dentro de ellos.</translation>
    </message>
    <message>
        <source>letter (default) or a4</source>
        <translation>letter (predeterminado) o a4</translation>
    </message>
    <message>
        <source>--paper must be letter or a4, not &quot;%1&quot;.</source>
        <translation>--paper debe ser letter o a4, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the date to judge due dates against; default: today</source>
        <translation>la fecha contra la que se juzgan los vencimientos; predeterminado: hoy</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2025-06-30, not &quot;%1&quot;.</source>
        <translation>--as-of debe ser una fecha como 2025-06-30, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>who is making the change, recorded with it in the plan; default: the CAIRN_USER environment variable, then the login name</source>
        <translation>quién hace el cambio, que se registra con él en el plan; predeterminado: la variable de entorno CAIRN_USER, luego el nombre de usuario</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME or CAIRN_USER; every change in a plan records who made it. Nothing was changed.</source>
        <translation>Indique quién es usted con --user NOMBRE o CAIRN_USER; cada cambio en un plan registra quién lo hizo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Run &quot;cairn-cli %1 --help&quot; for its usage.</source>
        <translation>Ejecute &quot;cairn-cli %1 --help&quot; para ver su uso.</translation>
    </message>
    <message>
        <source>Creates a Cairn plan file from a JSON plan. The JSON is checked in full first; if anything is wrong, nothing is written.</source>
        <translation>Crea un archivo de plan de Cairn a partir de un plan en JSON. Primero se revisa todo el JSON; si algo está mal, no se escribe nada.</translation>
    </message>
    <message>
        <source>the plan in Cairn&apos;s JSON format (docs/file-format.md)</source>
        <translation>el plan en el formato JSON de Cairn (docs/file-format.md)</translation>
    </message>
    <message>
        <source>the plan file to create</source>
        <translation>el archivo de plan que se va a crear</translation>
    </message>
    <message>
        <source>replace OUT.cairn if it exists</source>
        <translation>reemplazar OUT.cairn si existe</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 contradicts itself; fix these and import again. Nothing was written.</source>
        <translation>%1 se contradice; corrija esto e importe de nuevo. No se escribió nada.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2) into %3.</source>
        <translation>Se importó &quot;%1&quot; (%2) en %3.</translation>
    </message>
    <message>
        <source>Writes a whole Cairn plan file, reviews and audit log included, as JSON.</source>
        <translation>Escribe un archivo de plan de Cairn completo, con revisiones y registro de auditoría, como JSON.</translation>
    </message>
    <message>
        <source>the plan file to read</source>
        <translation>el archivo del plan que se va a leer</translation>
    </message>
    <message>
        <source>the JSON file to write, or - for standard output</source>
        <translation>el archivo JSON que se va a escribir, o - para la salida estándar</translation>
    </message>
    <message>
        <source>replace OUT.json if it exists</source>
        <translation>reemplazar OUT.json si existe</translation>
    </message>
    <message>
        <source>a .cairn plan file or a JSON plan</source>
        <translation>un archivo de plan .cairn o un plan en JSON</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>uncertain: %1</source>
        <translation>dudosa: %1</translation>
    </message>
    <message>
        <source>Paragraphs not placed in the outline:</source>
        <translation>Párrafos no ubicados en el esquema:</translation>
    </message>
    <message>
        <source>Builds a plan file from the text of a plan document (plain text, markdown or HTML): prints the outline it recognised, the uncertain readings and the paragraphs it could not place.</source>
        <translation>Crea un archivo de plan a partir del texto de un documento de plan (texto simple, markdown o HTML): muestra el esquema que reconoció, las lecturas dudosas y los párrafos que no pudo ubicar.</translation>
    </message>
    <message>
        <source>the plan document as .txt, .md or .html</source>
        <translation>el documento del plan como .txt, .md o .html</translation>
    </message>
    <message>
        <source>print the outline only; write nothing</source>
        <translation>mostrar solo el esquema; no escribir nada</translation>
    </message>
    <message>
        <source>text (the default) or json</source>
        <translation>text (predeterminado) o json</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format debe ser text o json, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was written.</source>
        <translation>No se puede leer %1: %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>No goal, priority or objective was recognised in %1. Nothing was written.</source>
        <translation>No se reconoció ninguna meta, prioridad ni objetivo en %1. No se escribió nada.</translation>
    </message>
    <message>
        <source>The plan read from %1 does not pass check. Nothing was written.</source>
        <translation>El plan leído de %1 no pasa la revisión. No se escribió nada.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 uncertain readings to check, %3 paragraphs not placed).</source>
        <translation>Se escribió %1 (%2 lecturas dudosas por revisar, %3 párrafos sin ubicar).</translation>
    </message>
    <message>
        <source>Writes the plan&apos;s public progress website for one school year into a folder: HTML and CSS that any web server, a USB stick or a browser opening the files can show, with no script and nothing fetched from elsewhere (docs/publishing.md).</source>
        <translation>Escribe en una carpeta el sitio web público de avance del plan para un año escolar: HTML y CSS que cualquier servidor web, una memoria USB o un navegador que abra los archivos puede mostrar, sin scripts y sin nada descargado de otro lugar (docs/publishing.md).</translation>
    </message>
    <message>
        <source>the folder to write the site into: new, empty, or holding an earlier site (with --force)</source>
        <translation>la carpeta donde se escribe el sitio: nueva, vacía, o con un sitio anterior (con --force)</translation>
    </message>
    <message>
        <source>the school year to show statuses for; default: the plan&apos;s report year</source>
        <translation>el año escolar cuyos estados se muestran; predeterminado: el año del informe del plan</translation>
    </message>
    <message>
        <source>hide small student groups&apos; values by a state&apos;s rule: tx, wi, de, ca, or none; default: the plan&apos;s rule</source>
        <translation>ocultar los valores de grupos pequeños de estudiantes según la regla de un estado: tx, wi, de, ca o none; predeterminado: la regla del plan</translation>
    </message>
    <message>
        <source>hide the values of student groups smaller than N</source>
        <translation>ocultar los valores de grupos de estudiantes de menos de N</translation>
    </message>
    <message>
        <source>replace an earlier site in the folder</source>
        <translation>reemplazar un sitio anterior en la carpeta</translation>
    </message>
    <message>
        <source>Name the folder to write with -o DIR.</source>
        <translation>Indique la carpeta donde se escribe con -o DIR.</translation>
    </message>
    <message>
        <source>Give either --suppress or --min-n, not both.</source>
        <translation>Indique --suppress o --min-n, no ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no suppression rule; use --suppress tx, wi, de, ca or none, or --min-n N (1 to 1000).</source>
        <translation>&quot;%1&quot; no es una regla de supresión; use --suppress tx, wi, de, ca o none, o --min-n N (1 a 1000).</translation>
    </message>
    <message>
        <source>%1 is not empty; add --force to replace the site in it, or name a new folder.</source>
        <translation>%1 no está vacía; agregue --force para reemplazar el sitio que contiene, o indique una carpeta nueva.</translation>
    </message>
    <message>
        <source>Published the %1 website (%2 files, %3 KB) to %4 in %5 s; open %4/index.html.</source>
        <translation>Se publicó el sitio web de %1 (%2 archivos, %3 KB) en %4 en %5 s; abra %4/index.html.</translation>
    </message>
    <message>
        <source>Writes the board progress report of a plan for one school year as a PDF: cover, contents, summary, a section per goal with tables and charts, the committee&apos;s recommendations and an appendix on how statuses are determined.</source>
        <translation>Escribe en PDF el informe de progreso de un plan para la Junta Directiva, para un año escolar: portada, contenido, resumen, una sección por meta con tablas y gráficas, las recomendaciones del comité y un anexo sobre cómo se determinan los estados.</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se va a escribir</translation>
    </message>
    <message>
        <source>the school year to report on; default: the plan&apos;s report year</source>
        <translation>el año escolar del informe; predeterminado: el año del informe del plan</translation>
    </message>
    <message>
        <source>only these goals, by code, separated by commas; default: all</source>
        <translation>solo estas metas, por código, separadas por comas; predeterminado: todas</translation>
    </message>
    <message>
        <source>leave out the annual-target charts</source>
        <translation>omitir las gráficas de valores meta anuales</translation>
    </message>
    <message>
        <source>leave out the tables of actions</source>
        <translation>omitir las tablas de acciones</translation>
    </message>
    <message>
        <source>leave out the committee&apos;s recommendations</source>
        <translation>omitir las recomendaciones del comité</translation>
    </message>
    <message>
        <source>add a section on what changed since this review (its number or title)</source>
        <translation>agregar una sección sobre lo que cambió desde esta revisión (su número o título)</translation>
    </message>
    <message>
        <source>replace OUT.pdf if it exists</source>
        <translation>reemplazar OUT.pdf si existe</translation>
    </message>
    <message>
        <source>Name the PDF to write with -o OUT.pdf.</source>
        <translation>Indique el PDF que se va a escribir con -o OUT.pdf.</translation>
    </message>
    <message>
        <source>The plan has no goal &quot;%1&quot;; its goals are %2.</source>
        <translation>El plan no tiene ninguna meta &quot;%1&quot;; sus metas son %2.</translation>
    </message>
    <message>
        <source>Wrote the %1 progress report (%2 pages) to %3 in %4 s.</source>
        <translation>Se escribió el informe de progreso de %1 (%2 páginas) en %3 en %4 s.</translation>
    </message>
    <message>
        <source>now (%1)</source>
        <translation>ahora (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Entre %1 y %2</translation>
    </message>
    <message>
        <source>No item changed.</source>
        <translation>No cambió ningún elemento.</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>estado %1 → %2</translation>
    </message>
    <message>
        <source>actual %1 → %2</source>
        <translation>valor real %1 → %2</translation>
    </message>
    <message>
        <source>target %1 → %2</source>
        <translation>valor meta %1 → %2</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>agregado: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>eliminado: %1</translation>
    </message>
    <message>
        <source>Recommendations proposed:</source>
        <translation>Recomendaciones propuestas:</translation>
    </message>
    <message>
        <source>Recommendations decided:</source>
        <translation>Recomendaciones decididas:</translation>
    </message>
    <message>
        <source>Lists the plan&apos;s reviews: date, school year, attendees, notes and recommendations by state.</source>
        <translation>Muestra las revisiones del plan: fecha, año escolar, asistentes, notas y recomendaciones por estado.</translation>
    </message>
    <message>
        <source>The plan has no reviews yet.</source>
        <translation>El plan todavía no tiene revisiones.</translation>
    </message>
    <message>
        <source>school year %1</source>
        <translation>año escolar %1</translation>
    </message>
    <message>
        <source>%1 attendees, %2 items in the snapshot, %3 notes</source>
        <translation>%1 asistentes, %2 elementos en la instantánea, %3 notas</translation>
    </message>
    <message>
        <source>%1 recommendations%2</source>
        <translation>%1 recomendaciones%2</translation>
    </message>
    <message>
        <source>Compares two reviews, or a review and now: items whose status, actual or target changed, items added or removed, and recommendations proposed and decided in between.</source>
        <translation>Compara dos revisiones, o una revisión y el momento actual: elementos cuyo estado, valor real o valor meta cambió, elementos agregados o eliminados, y recomendaciones propuestas y decididas entre ambas.</translation>
    </message>
    <message>
        <source>the earlier review: its number in &quot;review list&quot;, its title, or now</source>
        <translation>la revisión anterior: su número en &quot;review list&quot;, su título, o now</translation>
    </message>
    <message>
        <source>the later review, or now</source>
        <translation>la revisión posterior, o now</translation>
    </message>
    <message>
        <source>for now: the school year to judge; default: the plan&apos;s report year</source>
        <translation>para now: el año escolar que se evalúa; predeterminado: el año del informe del plan</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text o json</translation>
    </message>
    <message>
        <source>Writes a review&apos;s minutes as a PDF: attendees, summary, goal by goal the status at the meeting with its notes and assessments, and the recommendations with their history.</source>
        <translation>Escribe el acta de una revisión en PDF: asistentes, resumen, meta por meta el estado en la reunión con sus notas y evaluaciones, y las recomendaciones con su historial.</translation>
    </message>
    <message>
        <source>the review: its number in &quot;review list&quot; or its title</source>
        <translation>la revisión: su número en &quot;review list&quot; o su título</translation>
    </message>
    <message>
        <source>Wrote the minutes of the %1 (%2 pages) to %3.</source>
        <translation>Se escribió el acta de «%1» (%2 páginas) en %3.</translation>
    </message>
    <message>
        <source>Use &quot;cairn-cli review list&quot;, &quot;review compare&quot; or &quot;review minutes&quot;; add --help to any for its options.</source>
        <translation>Use &quot;cairn-cli review list&quot;, &quot;review compare&quot; o &quot;review minutes&quot;; agregue --help a cualquiera para ver sus opciones.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>target %1 (derived)</source>
        <translation>valor meta %1 (derivado)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>valor meta %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>valor real %1</translation>
    </message>
    <message>
        <source>manual assessment</source>
        <translation>evaluación manual</translation>
    </message>
    <message>
        <source>manual assessment: %1</source>
        <translation>evaluación manual: %1</translation>
    </message>
    <message>
        <source>School year %1, as of %2</source>
        <translation>Año escolar %1, al %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Shows the status and progress of every goal, objective, measure and action of a plan for one school year (docs/status-rules.md).</source>
        <translation>Muestra el estado y el avance de cada meta, objetivo, indicador y acción de un plan para un año escolar (docs/status-rules.md).</translation>
    </message>
    <message>
        <source>the school year to judge, such as 2024-25; default: the plan&apos;s report year</source>
        <translation>el año escolar que se evalúa, como 2024-25; predeterminado: el año del informe del plan</translation>
    </message>
    <message>
        <source>text (an outline) or json</source>
        <translation>text (un esquema) o json</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source> (preliminary)</source>
        <translation> (preliminar)</translation>
    </message>
    <message>
        <source>Writes a collection sheet (CSV) of numeric measures&apos; values for one school year, for owners to fill in a spreadsheet.</source>
        <translation>Escribe una hoja de captura (CSV) con los valores de los indicadores numéricos para un año escolar, para que los responsables la llenen en una hoja de cálculo.</translation>
    </message>
    <message>
        <source>the plan file</source>
        <translation>el archivo del plan</translation>
    </message>
    <message>
        <source>the sheet to write, or - for standard output</source>
        <translation>la hoja que se va a escribir, o - para la salida estándar</translation>
    </message>
    <message>
        <source>the school year, such as 2024-25; default: the year under review</source>
        <translation>el año escolar, como 2024-25; predeterminado: el año en revisión</translation>
    </message>
    <message>
        <source>only this owner&apos;s measures</source>
        <translation>solo los indicadores de este responsable</translation>
    </message>
    <message>
        <source>only the measures under this goal</source>
        <translation>solo los indicadores de esta meta</translation>
    </message>
    <message>
        <source>only measures that have no value for the year yet</source>
        <translation>solo los indicadores que todavía no tienen valor para el año</translation>
    </message>
    <message>
        <source>replace OUT.csv if it exists</source>
        <translation>reemplazar OUT.csv si existe</translation>
    </message>
    <message>
        <source>The plan has no goal with the code &quot;%1&quot;.</source>
        <translation>El plan no tiene ninguna meta con el código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reads a filled-in collection sheet (CSV) into the plan. Every row is checked first; if any row is refused, nothing is changed unless --partial is given.</source>
        <translation>Lee en el plan una hoja de captura (CSV) llenada. Primero se revisa cada fila; si alguna se rechaza, no se cambia nada a menos que se indique --partial.</translation>
    </message>
    <message>
        <source>the plan file to update</source>
        <translation>el archivo del plan que se va a actualizar</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>la hoja</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>mostrar lo que cambiaría, sin cambiar nada</translation>
    </message>
    <message>
        <source>apply the valid rows even if others are refused</source>
        <translation>aplicar las filas válidas aunque se rechacen otras</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>line %1: %2 %3: %4 → %5</source>
        <translation>línea %1: %2 %3: %4 → %5</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (simulación)</translation>
    </message>
    <message>
        <source>Use &quot;cairn-cli values export&quot; or &quot;cairn-cli values import&quot;; add --help to either for its options.</source>
        <translation>Use &quot;cairn-cli values export&quot; o &quot;cairn-cli values import&quot;; agregue --help a cualquiera de los dos para ver sus opciones.</translation>
    </message>
    <message>
        <source>the language to write in: en (default) or es</source>
        <translation>el idioma en que se escribe: en (predeterminado) o es</translation>
    </message>
    <message>
        <source>--lang must be %1, not &quot;%2&quot;.</source>
        <translation>--lang debe ser %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>District goal or objective</source>
        <translation>Meta u objetivo del distrito</translation>
    </message>
    <message>
        <source>Supporting school items</source>
        <translation>Elementos escolares que lo apoyan</translation>
    </message>
    <message>
        <source>District objectives no school supports: %1</source>
        <translation>Objetivos del distrito que ninguna escuela apoya: %1</translation>
    </message>
    <message>
        <source>School goals and objectives that support nothing: %1</source>
        <translation>Metas y objetivos escolares que no apoyan nada: %1</translation>
    </message>
    <message>
        <source>Links to codes the district plan does not have: %1</source>
        <translation>Vínculos a códigos que el plan del distrito no tiene: %1</translation>
    </message>
    <message>
        <source>School plans aligned: %1 · school year %2</source>
        <translation>Planes escolares alineados: %1 · año escolar %2</translation>
    </message>
    <message>
        <source>Shows how school improvement plans support a district plan: for each district goal and objective the school items that support it and their status, the district objectives no school supports, school items that support nothing, and links to codes the district plan does not have (docs/alignment.md).</source>
        <translation>Muestra cómo los planes de mejora escolar apoyan un plan del distrito: para cada meta y objetivo del distrito, los elementos escolares que lo apoyan y su estado; los objetivos del distrito que ninguna escuela apoya; los elementos escolares que no apoyan nada; y los vínculos a códigos que el plan del distrito no tiene (docs/alignment.md).</translation>
    </message>
    <message>
        <source>the district plan (a plan file or a JSON plan)</source>
        <translation>el plan del distrito (un archivo de plan o un plan en JSON)</translation>
    </message>
    <message>
        <source>one or more school plans that align to it</source>
        <translation>uno o más planes escolares que se alinean con él</translation>
    </message>
    <message>
        <source>the school year to judge, such as 2024-25; default: the district plan&apos;s report year</source>
        <translation>el año escolar que se evalúa, como 2024-25; por omisión: el año del informe del plan del distrito</translation>
    </message>
    <message>
        <source>%1 is the plan of %2, not a district plan: name the district plan first, then the school plans.</source>
        <translation>%1 es el plan de %2, no un plan del distrito: nombre primero el plan del distrito y después los planes escolares.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (n = %1)</source>
        <translation> (n = %1)</translation>
    </message>
    <message>
        <source>%1 is not a rubric Cairn can use (docs/plan-quality.md). Problems found: %2</source>
        <translation>%1 no es una rúbrica que Cairn pueda usar (docs/plan-quality.md). Problemas encontrados: %2</translation>
    </message>
    <message>
        <source>Nothing was checked. Give --criteria default for Cairn&apos;s own rubric.</source>
        <translation>No se revisó nada. Indique --criteria default para usar la rúbrica de Cairn.</translation>
    </message>
    <message>
        <source>Checks a plan file (.cairn) or JSON plan: that the file is intact, then the plan&apos;s quality, findings grouped by kind. With --criteria, also reviews the plan against a plan-quality rubric, component by component (docs/plan-quality.md). Errors make the exit code 1; warnings and the rubric&apos;s ratings do not.</source>
        <translation>Revisa un archivo de plan (.cairn) o un plan en JSON: que el archivo esté intacto y luego la calidad del plan, con los hallazgos agrupados por tipo. Con --criteria, además revisa el plan con una rúbrica de calidad, componente por componente (docs/plan-quality.md). Los errores hacen que el código de salida sea 1; las advertencias y las calificaciones de la rúbrica no.</translation>
    </message>
    <message>
        <source>review the plan against a rubric: &quot;default&quot; for Cairn&apos;s own, or a rubric file (JSON) naming the components a state reviews</source>
        <translation>revisar el plan con una rúbrica: &quot;default&quot; para la de Cairn, o un archivo de rúbrica (JSON) que nombre los componentes que revisa un estado</translation>
    </message>
    <message>
        <source>text (findings grouped by kind) or json (each finding, and each component)</source>
        <translation>text (hallazgos agrupados por tipo) o json (cada hallazgo y cada componente)</translation>
    </message>
    <message>
        <source>%1: %2; errors: %3, warnings: %4.</source>
        <translation>%1: %2; errores: %3, advertencias: %4.</translation>
    </message>
    <message>
        <source>--schools is for a district plan&apos;s report; this is the plan of %1. Nothing was written.</source>
        <translation>--schools es para el informe de un plan del distrito; este es el plan de %1. No se escribió nada.</translation>
    </message>
    <message>
        <source>The folder %1 holds no plan files (.cairn or .json). Nothing was written.</source>
        <translation>La carpeta %1 no contiene archivos de plan (.cairn o .json). No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same school plan (id %3): name it once. Nothing was written.</source>
        <translation>%1 y %2 son el mismo plan escolar (id %3): indíquelo una sola vez. No se escribió nada.</translation>
    </message>
    <message>
        <source>add a School plans section on how these school plans (files, or folders of them) support the plan</source>
        <translation>agrega una sección de planes escolares sobre cómo estos planes escolares (archivos, o carpetas con ellos) apoyan el plan</translation>
    </message>
    <message>
        <source>Usage: cairn-cli COMMAND [OPTIONS] FILES

Commands:
  import PLAN.json OUT.cairn [--force]   create a plan file from a JSON plan
  import-text IN.txt|IN.md|IN.html OUT.cairn [--dry-run] [--format text|json] [--force]
                                         build a plan file from a plan document&apos;s text
  export IN.cairn OUT.json [--force]     write a plan file as JSON (- for standard output)
  check FILE [--criteria default|RUBRIC.json] [--format text|json]
                                         check a plan for problems; with --criteria, review it against a plan-quality rubric
  status IN.cairn [--year Y] [--as-of YYYY-MM-DD] [--format text|json]
                                         status and progress of every item for a school year
  values export IN.cairn OUT.csv [--year Y] [--owner NAME] [--goal CODE] [--missing] [--force]
                                         a collection sheet of measure values for a spreadsheet
  values import IN.cairn VALUES.csv [--dry-run] [--partial] [--user NAME]
                                         read a filled-in sheet back, checking every row first
  chart IN.cairn --measure CODE -o OUT.png|OUT.svg [--year Y] [--size 1200x700] [--force]
                                         a measure&apos;s annual-target chart as an image
  report IN.cairn -o OUT.pdf [--year Y] [--goals P1,P3] [--no-charts] [--no-actions]
         [--no-recommendations] [--compare-with REVIEW] [--paper letter|a4] [--force]
                                         the board progress report as a PDF
  publish IN.cairn -o DIR [--year Y] [--as-of YYYY-MM-DD] [--suppress tx|wi|de|ca|none] [--min-n N] [--force]
                                         the public progress website as a folder of HTML
  alignment DISTRICT.cairn SCHOOL.cairn... [--year Y] [--as-of YYYY-MM-DD] [--format text|json]
                                         how school plans support the district plan: coverage, gaps, broken links
  review list IN.cairn                   the plan&apos;s reviews
  review compare IN.cairn A B [--format text|json]
                                         what changed between two reviews, or a review and now
  review minutes IN.cairn REVIEW -o OUT.pdf [--paper letter|a4] [--force]
                                         a review&apos;s minutes as a PDF
  server init URL                        set up a PostgreSQL database to hold plans
  server list URL                        the plans a PostgreSQL database holds
  server push PLAN.cairn URL [--force]   copy a plan file onto a PostgreSQL server
  server pull URL?plan=PLAN OUT.cairn [--force]
                                         copy a plan from a server into a plan file

Wherever a command reads or updates IN.cairn, a plan on a PostgreSQL server may be named instead:
postgresql://LOGIN@HOST:PORT/DATABASE?plan=ID-or-title (docs/server.md). The password comes from
PGPASSWORD or ~/.pgpass; Cairn never stores it.
Run &quot;cairn-cli COMMAND --help&quot; for a command&apos;s options.
A command that changes a plan records who made the change: --user NAME, else the CAIRN_USER
environment variable, else the login name.
Exit codes: 0 success, 1 input refused or errors found, 2 wrong usage.
</source>
        <translation>Uso: cairn-cli COMANDO [OPCIONES] ARCHIVOS

Comandos:
  import PLAN.json OUT.cairn [--force]   crea un archivo de plan a partir de un plan en JSON
  import-text IN.txt|IN.md|IN.html OUT.cairn [--dry-run] [--format text|json] [--force]
                                         crea un archivo de plan a partir del texto de un documento de plan
  export IN.cairn OUT.json [--force]     escribe un archivo de plan como JSON (- para la salida estándar)
  check FILE [--criteria default|RUBRIC.json] [--format text|json]
                                         revisa si un plan tiene problemas; con --criteria, lo revisa con una rúbrica de calidad del plan
  status IN.cairn [--year Y] [--as-of YYYY-MM-DD] [--format text|json]
                                         estado y avance de cada elemento para un año escolar
  values export IN.cairn OUT.csv [--year Y] [--owner NAME] [--goal CODE] [--missing] [--force]
                                         una hoja de captura de valores de indicadores para una hoja de cálculo
  values import IN.cairn VALUES.csv [--dry-run] [--partial] [--user NAME]
                                         lee de vuelta una hoja llenada, revisando antes cada fila
  chart IN.cairn --measure CODE -o OUT.png|OUT.svg [--year Y] [--size 1200x700] [--force]
                                         la gráfica de valores meta anuales de un indicador como imagen
  report IN.cairn -o OUT.pdf [--year Y] [--goals P1,P3] [--no-charts] [--no-actions]
         [--no-recommendations] [--compare-with REVIEW] [--paper letter|a4] [--force]
                                         el informe de progreso para la Junta Directiva en PDF
  publish IN.cairn -o DIR [--year Y] [--as-of YYYY-MM-DD] [--suppress tx|wi|de|ca|none] [--min-n N] [--force]
                                         el sitio web público de avance como una carpeta de HTML
  alignment DISTRICT.cairn SCHOOL.cairn... [--year Y] [--as-of YYYY-MM-DD] [--format text|json]
                                         cómo apoyan los planes escolares al plan del distrito: cobertura, vacíos, vínculos rotos
  review list IN.cairn                   las revisiones del plan
  review compare IN.cairn A B [--format text|json]
                                         qué cambió entre dos revisiones, o entre una revisión y ahora
  review minutes IN.cairn REVIEW -o OUT.pdf [--paper letter|a4] [--force]
                                         el acta de una revisión en PDF
  server init URL                        preparar una base de datos PostgreSQL para contener planes
  server list URL                        los planes que contiene una base de datos PostgreSQL
  server push PLAN.cairn URL [--force]   copiar un archivo de plan en un servidor PostgreSQL
  server pull URL?plan=PLAN OUT.cairn [--force]
                                         copiar un plan de un servidor en un archivo de plan

Donde un comando lee o actualiza IN.cairn, puede indicarse en su lugar un plan en un servidor PostgreSQL:
postgresql://LOGIN@HOST:PORT/DATABASE?plan=ID-o-título (docs/server.md). La contraseña se toma de
PGPASSWORD o de ~/.pgpass; Cairn nunca la guarda.
Ejecute &quot;cairn-cli COMANDO --help&quot; para ver las opciones de un comando.
Un comando que modifica un plan registra quién hizo el cambio: --user NOMBRE, si no, la variable
de entorno CAIRN_USER, y si no, el nombre de usuario.
Códigos de salida: 0 éxito, 1 entrada rechazada o errores encontrados, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>Sets up a PostgreSQL database to hold Cairn plans (the catalog of plans). Running it again changes nothing.</source>
        <translation>Prepara una base de datos PostgreSQL para contener planes de Cairn (el catálogo de planes). Ejecutarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <source>postgresql://LOGIN@HOST:PORT/DATABASE (docs/server.md)</source>
        <translation>postgresql://LOGIN@HOST:PORT/DATABASE (docs/server.md)</translation>
    </message>
    <message>
        <source>%1 is ready for Cairn plans. Copy one onto it with &quot;cairn-cli server push PLAN.cairn %2&quot;.</source>
        <translation>%1 está lista para planes de Cairn. Copie uno en ella con &quot;cairn-cli server push PLAN.cairn %2&quot;.</translation>
    </message>
    <message>
        <source>Lists the plans a PostgreSQL database holds.</source>
        <translation>Enumera los planes que contiene una base de datos PostgreSQL.</translation>
    </message>
    <message>
        <source>%1 holds no plans yet.</source>
        <translation>%1 todavía no contiene planes.</translation>
    </message>
    <message>
        <source>%1  &quot;%2&quot;, pushed by %3 on %4</source>
        <translation>%1  &quot;%2&quot;, subido por %3 el %4</translation>
    </message>
    <message>
        <source>Copies a plan onto a PostgreSQL server in one transaction, reviews and audit log included. The file is not changed.</source>
        <translation>Copia un plan en un servidor PostgreSQL en una sola transacción, con sus revisiones y su registro de cambios. El archivo no se modifica.</translation>
    </message>
    <message>
        <source>the plan file (or a JSON plan) to copy</source>
        <translation>el archivo de plan (o un plan en JSON) que se copia</translation>
    </message>
    <message>
        <source>replace the plan on the server if it is there already</source>
        <translation>reemplazar el plan en el servidor si ya está allí</translation>
    </message>
    <message>
        <source>Pushed &quot;%1&quot; (%2) to %3. Open it as %4</source>
        <translation>Se subió &quot;%1&quot; (%2) a %3. Ábralo como %4</translation>
    </message>
    <message>
        <source>Copies a plan from a PostgreSQL server into a new plan file, reviews and audit log included: an offline copy, an archive or a hand-off.</source>
        <translation>Copia un plan de un servidor PostgreSQL en un archivo de plan nuevo, con sus revisiones y su registro de cambios: una copia sin conexión, un archivo histórico o una entrega.</translation>
    </message>
    <message>
        <source>postgresql://LOGIN@HOST:PORT/DATABASE?plan=ID-or-title</source>
        <translation>postgresql://LOGIN@HOST:PORT/DATABASE?plan=ID-o-título</translation>
    </message>
    <message>
        <source>Pulled &quot;%1&quot; (%2) into %3.</source>
        <translation>Se copió &quot;%1&quot; (%2) en %3.</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>&quot;4 goals, 12 objectives, 42 actions, 115 measures&quot;</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1; nothing was changed. Fix them, or add --partial to apply the %2.</source>
        <extracomment>%1: &quot;2 problems found&quot;; %2: &quot;30 valid changes&quot;.</extracomment>
        <translation>%1; no se cambió nada. Corríjalos o agregue --partial para aplicar los cambios válidos (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n problems found</source>
        <translation>
            <numerusform>se encontró %n problema</numerusform>
            <numerusform>se encontraron %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid changes</source>
        <translation>
            <numerusform>%n cambio válido</numerusform>
            <numerusform>%n cambios válidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2; nothing was written%3.</source>
        <extracomment>%1: &quot;3 changes&quot;; %2: &quot;30 rows unchanged&quot;; %3: &quot; (dry run)&quot; or nothing.</extracomment>
        <translation>%1, %2; no se escribió nada%3.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows unchanged</source>
        <translation>
            <numerusform>%n fila sin cambios</numerusform>
            <numerusform>%n filas sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>%1: &quot;3 values saved&quot;; %2: &quot;30 rows unchanged&quot;.</extracomment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n values saved</source>
        <translation>
            <numerusform>%n valor guardado</numerusform>
            <numerusform>%n valores guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 expects %n or more file arguments, got %2.</source>
        <translation>
            <numerusform>%1 espera %n archivo o más como argumentos, recibió %2.</numerusform>
            <numerusform>%1 espera %n archivos o más como argumentos, recibió %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 expects %n file arguments, got %2.</source>
        <translation>
            <numerusform>%1 espera %n archivo como argumento, recibió %2.</numerusform>
            <numerusform>%1 espera %n archivos como argumentos, recibió %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Gives a PostgreSQL login a role in the database&apos;s plans (creating the login, without a password, when it is missing) and the owner name it goes by in them.</source>
        <translation>Asigna a un usuario de PostgreSQL un rol en los planes de la base de datos (y crea el usuario, sin contraseña, si no existe) y el nombre de responsable con el que figura en ellos.</translation>
    </message>
    <message>
        <source>the person&apos;s PostgreSQL login</source>
        <translation>el usuario de PostgreSQL de la persona</translation>
    </message>
    <message>
        <source>coordinator (changes everything), owner (enters the values and progress of what they own) or viewer (reads)</source>
        <translation>coordinator (modifica todo), owner (responsable: registra los valores y el avance de lo que tiene a su cargo) o viewer (lector: consulta)</translation>
    </message>
    <message>
        <source>the owner name used in the plans, as in &quot;Chief Academic Officer&quot; (the login when not given)</source>
        <translation>el nombre de responsable que se usa en los planes, como &quot;Director Académico&quot; (el usuario si no se indica)</translation>
    </message>
    <message>
        <source>set the login&apos;s password, typed at the terminal</source>
        <translation>establecer la contraseña del usuario, escrita en la terminal</translation>
    </message>
    <message>
        <source>Give the person&apos;s role with --role coordinator, --role owner or --role viewer.</source>
        <translation>Indique el rol de la persona con --role coordinator, --role owner o --role viewer.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 in the plans on %3, going by &quot;%4&quot; in them.</source>
        <translation>%1 tiene ahora el rol de %2 en los planes de %3 y figura en ellos como &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Lists the people given a role in the database&apos;s plans.</source>
        <translation>Lista las personas con un rol en los planes de la base de datos.</translation>
    </message>
    <message>
        <source>Nobody has a role in the plans on %1 yet.</source>
        <translation>Aún nadie tiene un rol en los planes de %1.</translation>
    </message>
    <message>
        <source>%1  %2, as &quot;%3&quot;</source>
        <translation>%1  %2, como &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Takes a login&apos;s role in the database&apos;s plans away. The login itself stays on the server.</source>
        <translation>Quita a un usuario su rol en los planes de la base de datos. El usuario sigue existiendo en el servidor.</translation>
    </message>
    <message>
        <source>%1 has no role in the plans on %2; nothing was changed.</source>
        <translation>%1 no tiene ningún rol en los planes de %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 no longer has a role in the plans on %2.</source>
        <translation>%1 ya no tiene ningún rol en los planes de %2.</translation>
    </message>
    <message>
        <source>Use &quot;cairn-cli server user add&quot;, &quot;server user list&quot; or &quot;server user remove&quot;; add --help to any for its options.</source>
        <translation>Use &quot;cairn-cli server user add&quot;, &quot;server user list&quot; o &quot;server user remove&quot;; agregue --help a cualquiera para ver sus opciones.</translation>
    </message>
    <message>
        <source>Use &quot;cairn-cli server init&quot;, &quot;server list&quot;, &quot;server push&quot;, &quot;server pull&quot; or &quot;server user&quot;; add --help to any for its options.</source>
        <translation>Use &quot;cairn-cli server init&quot;, &quot;server list&quot;, &quot;server push&quot;, &quot;server pull&quot; o &quot;server user&quot;; agregue --help a cualquiera para ver sus opciones.</translation>
    </message>
</context>
<context>
    <name>cairn::cli::PlanIo</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation>No se pudo escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 ya existe; agregue --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>The plan has no review &quot;%1&quot;. Name one by its title or number (%2).</source>
        <translation>El plan no tiene ninguna revisión &quot;%1&quot;. Indique una por su título o número (%2).</translation>
    </message>
    <message>
        <source>it has none</source>
        <translation>no tiene ninguna</translation>
    </message>
</context>
<context>
    <name>cairn::cli::QualityText</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Plan quality by %1:</source>
        <translation>Calidad del plan según %1:</translation>
    </message>
    <message>
        <source>the rubric given</source>
        <translation>la rúbrica indicada</translation>
    </message>
    <message>
        <source>Components met: %1 of %2 · partly met: %3 · missing: %4</source>
        <translation>Componentes cumplidos: %1 de %2 · cumplidos en parte: %3 · faltan: %4</translation>
    </message>
</context>
<context>
    <name>cairn::report::PublishedCell</name>
    <message>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
</context>
<context>
    <name>cairn::report::ReportContent</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source> (assessed)</source>
        <translation> (evaluado)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Strategic plan %1 to %2</source>
        <translation>Plan estratégico %1 a %2</translation>
    </message>
    <message>
        <source>Progress Report — School Year %1</source>
        <translation>Informe de progreso — Año escolar %1</translation>
    </message>
    <message>
        <source>Report date: %1</source>
        <translation>Fecha del informe: %1</translation>
    </message>
    <message>
        <source>Plan status: %1</source>
        <translation>Estado del plan: %1</translation>
    </message>
    <message>
        <source>About the plan</source>
        <translation>Acerca del plan</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Theory of action</source>
        <translation>Teoría de acción</translation>
    </message>
    <message>
        <source>Core values</source>
        <translation>Valores fundamentales</translation>
    </message>
    <message>
        <source>Profile of a graduate</source>
        <translation>Perfil del graduado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The plan in %1: %2 · %3.</source>
        <translation>El plan en %1: %2 · %3.</translation>
    </message>
    <message>
        <source>Of the plan&apos;s %1 measures and actions, %2 are on track, %3 at risk and %4 off track; %5 are complete and %6 have no data for the year yet.</source>
        <translation>De los %1 indicadores y acciones del plan, %2 van en buen camino, %3 en riesgo y %4 fuera de rumbo; %5 están completados y %6 todavía no tienen datos para el año.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En buen camino</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Fuera de rumbo</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Measures and actions by status, per goal</source>
        <translation>Indicadores y acciones por estado, por meta</translation>
    </message>
    <message>
        <source>Objective or measure</source>
        <translation>Objetivo o indicador</translation>
    </message>
    <message>
        <source>Measures of the goal</source>
        <translation>Indicadores de la meta</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>(year)</source>
        <translation>(año)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>valor meta %1</translation>
    </message>
    <message>
        <source>* Preliminary value: the final value may still change.</source>
        <translation>* Valor preliminar: el valor final todavía puede cambiar.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Committee recommendations</source>
        <translation>Recomendaciones del comité</translation>
    </message>
    <message>
        <source>From the %1 (%2), which reviewed school year %3.</source>
        <translation>De la %1 (%2), que revisó el año escolar %3.</translation>
    </message>
    <message>
        <source>The committee made no recommendations.</source>
        <translation>El comité no hizo recomendaciones.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>Changes since the %1</source>
        <translation>Cambios desde la %1</translation>
    </message>
    <message>
        <source>The %1 (%2, school year %3) against this report (school year %4): %5 changes.</source>
        <translation>La %1 (%2, año escolar %3) comparada con este informe (año escolar %4): %5 cambios.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>At the review</source>
        <translation>En la revisión</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Recommendations proposed since</source>
        <translation>Recomendaciones propuestas desde entonces</translation>
    </message>
    <message>
        <source>Recommendations decided since</source>
        <translation>Recomendaciones decididas desde entonces</translation>
    </message>
    <message>
        <source>Appendix: how statuses are determined</source>
        <translation>Anexo: cómo se determinan los estados</translation>
    </message>
    <message>
        <source>Each numeric measure is judged for the school year under review against that year&apos;s target. A target is the one set in the plan for the year or, where none is set, the point for that year on a straight line from the baseline to the final target (a derived target, drawn dashed in the charts).</source>
        <translation>Cada indicador numérico se evalúa para el año escolar en revisión frente al valor meta de ese año. El valor meta es el que fija el plan para ese año o, si no hay ninguno, el punto de ese año en una línea recta desde la línea de base hasta el valor meta final (un valor meta derivado, trazado con línea discontinua en las gráficas).</translation>
    </message>
    <message>
        <source>On track: the actual value meets or beats the target. At risk: it falls short by no more than the measure&apos;s tolerance (5% of the target unless the plan sets another). Off track: it falls short by more. Whether higher or lower is better is set for each measure.</source>
        <translation>En buen camino: el valor real alcanza o supera el valor meta. En riesgo: se queda corto por no más de la tolerancia del indicador (5 % del valor meta, salvo que el plan fije otra). Fuera de rumbo: se queda corto por más que eso. Para cada indicador se define si es mejor un valor más alto o más bajo.</translation>
    </message>
    <message>
        <source>No data: the year&apos;s value has not been entered. No target: the plan sets no target for the year and none can be derived. Not yet due: the year is after the one under review.</source>
        <translation>Sin datos: no se ha registrado el valor del año. Sin valor meta: el plan no fija un valor meta para el año y no se puede derivar ninguno. Aún no vence: el año es posterior al que está en revisión.</translation>
    </message>
    <message>
        <source>Milestones are complete when their completion date is entered and off track once their due date has passed without one. Actions follow their recorded status; an action past its due date that is not complete is off track.</source>
        <translation>Los hitos están completados cuando se registra su fecha de término, y fuera de rumbo en cuanto pasa su fecha de vencimiento sin ella. Las acciones siguen el estado registrado; una acción que pasó su fecha de vencimiento sin completarse está fuera de rumbo.</translation>
    </message>
    <message>
        <source>An activity that recurs every year is judged each year on that year&apos;s progress notes: on track when a note reports it, at risk when it is delayed or on hold, no data when the year ended without a report.</source>
        <translation>Una actividad que se repite cada año se evalúa cada año según las notas de avance de ese año: en buen camino cuando una nota la reporta, en riesgo cuando está con retraso o en pausa, y sin datos cuando el año terminó sin reporte.</translation>
    </message>
    <message>
        <source>A past school year is judged as it stood when it ended: a due date or completion date after the year&apos;s end does not count in it, and an action the plan starts in a later year is left out of it.</source>
        <translation>Un año escolar pasado se evalúa como estaba al terminar: una fecha de vencimiento o de término posterior al fin del año no cuenta para él, y una acción que el plan inicia en un año posterior queda fuera.</translation>
    </message>
    <message>
        <source>Objectives and goals roll up what they contain: on track and complete count 1, at risk 0.5 and off track 0; items without a judgement are left out. A mean of 0.75 or more is on track, 0.4 or more at risk, and below that off track.</source>
        <translation>Los objetivos y las metas resumen lo que contienen: en buen camino y completado cuentan 1, en riesgo 0.5 y fuera de rumbo 0; los elementos sin evaluación se omiten. Un promedio de 0.75 o más es en buen camino, de 0.4 o más en riesgo, y por debajo, fuera de rumbo.</translation>
    </message>
    <message>
        <source>Progress is how far the latest value has moved from the baseline toward the final target, from 0% to 100%, averaged over the measures of an objective or goal. Where none of its measures has such a figure (milestones, narrative outcomes, values not yet reported), an objective or goal shows how many of its actions are complete instead.</source>
        <translation>El avance es cuánto se ha movido el valor más reciente desde la línea de base hacia el valor meta final, de 0% a 100%, promediado entre los indicadores de un objetivo o una meta. Cuando ninguno de sus indicadores tiene esa cifra (hitos, resultados narrativos, valores aún no reportados), el objetivo o la meta muestra en su lugar cuántas de sus acciones están completadas.</translation>
    </message>
    <message>
        <source>Each status of an objective, a goal or the plan says how many of its measures were reported for the year: a status resting on few reported measures says little.</source>
        <translation>Cada estado de un objetivo, una meta o el plan indica cuántos de sus indicadores se reportaron para el año: un estado que se apoya en pocos indicadores reportados dice poco.</translation>
    </message>
    <message>
        <source>Where the steering committee has assessed an item for the year, its assessment replaces the computed status and is marked &quot;(assessed)&quot;.</source>
        <translation>Cuando el comité directivo evaluó un elemento para el año, su evaluación reemplaza el estado calculado y se marca &quot;(evaluado)&quot;.</translation>
    </message>
    <message>
        <source>Data notes</source>
        <translation>Notas sobre los datos</translation>
    </message>
    <message>
        <source>Statuses are for school year %1, with due dates judged as of %2.</source>
        <translation>Los estados corresponden al año escolar %1, con los vencimientos evaluados al %2.</translation>
    </message>
    <message>
        <source>Values marked * are preliminary and may change when final figures are available.</source>
        <translation>Los valores marcados con * son preliminares y pueden cambiar cuando estén disponibles las cifras finales.</translation>
    </message>
    <message>
        <source>Dated outcome</source>
        <translation>Resultado con fecha</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Narrative outcome</source>
        <translation>Resultado narrativo</translation>
    </message>
    <message>
        <source>Latest judgement</source>
        <translation>Evaluación más reciente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Not yet judged</source>
        <translation>Sin evaluar todavía</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Appendix: responsibilities by role</source>
        <translation>Anexo: responsabilidades por cargo</translation>
    </message>
    <message>
        <source>What each role named in the plan is answerable for, action by action.</source>
        <translation>De qué responde cada cargo nombrado en el plan, acción por acción.</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>The profile of a graduate across the plan</source>
        <translation>El perfil del graduado en todo el plan</translation>
    </message>
    <message>
        <source>Which goals and objectives build each attribute, as the plan tags them.</source>
        <translation>Qué metas y objetivos desarrollan cada atributo, según las etiquetas del plan.</translation>
    </message>
    <message>
        <source>Goal or objective</source>
        <translation>Meta u objetivo</translation>
    </message>
    <message>
        <source>Goals and objectives</source>
        <translation>Metas y objetivos</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source>School plans</source>
        <translation>Planes escolares</translation>
    </message>
    <message>
        <source>How the improvement plans of %1 support this plan in school year %2. A school supports a district goal or objective through the goals, objectives, measures and actions of its plan that name it; their statuses roll up by the rules in the appendix.</source>
        <translation>Cómo apoyan este plan los planes de mejora de %1 en el año escolar %2. Una escuela apoya una meta u objetivo del distrito mediante las metas, objetivos, indicadores y acciones de su plan que lo nombran; sus estados se agregan según las reglas del anexo.</translation>
    </message>
    <message>
        <source>Of the district plan&apos;s %1 objectives, %2 have at least one school behind them and %3 have none.</source>
        <translation>De los %1 objetivos del plan del distrito, %2 tienen al menos una escuela que los apoya y %3 no tienen ninguna.</translation>
    </message>
    <message>
        <source>Support by district goal and objective</source>
        <translation>Apoyo por meta y objetivo del distrito</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>District goal or objective</source>
        <translation>Meta u objetivo del distrito</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>No school</source>
        <translation>Ninguna escuela</translation>
    </message>
    <message>
        <source>District objectives no school supports</source>
        <translation>Objetivos del distrito que ninguna escuela apoya</translation>
    </message>
    <message>
        <source>None: every objective has at least one school behind it.</source>
        <translation>Ninguno: cada objetivo tiene al menos una escuela que lo apoya.</translation>
    </message>
    <message>
        <source>School measures beside the district&apos;s</source>
        <translation>Indicadores escolares junto a los del distrito</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Links to fix: %1</source>
        <translation>Vínculos por corregir: %1</translation>
    </message>
    <message>
        <source>These links in the school plans name codes this plan does not have, after a renumbering: %1. Each school fixes them in the Supports field of its plan.</source>
        <translation>Estos vínculos de los planes escolares nombran códigos que este plan no tiene, tras una renumeración: %1. Cada escuela los corrige en el campo «Apoya a elementos del distrito» de su plan.</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
</context>
<context>
    <name>cairn::report::SchoolPlansData</name>
    <message>
        <source>target %1</source>
        <translation>valor meta %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3 names %4</source>
        <translation>%1 · %2 %3 nombra %4</translation>
    </message>
</context>
<context>
    <name>cairn::textimport::Builder</name>
    <message>
        <source>%1 Strategic Plan</source>
        <translation>Plan Estratégico de %1</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Theory of action</source>
        <translation>Teoría de acción</translation>
    </message>
    <message>
        <source>Core values</source>
        <translation>Valores fundamentales</translation>
    </message>
    <message>
        <source>Read as an objective from its place after a goal; no heading or code says so.</source>
        <translation>Se leyó como objetivo por su lugar después de una meta; ningún encabezado ni código lo indica.</translation>
    </message>
    <message>
        <source>Strategic plan</source>
        <translation>Plan estratégico</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Indicador %1</translation>
    </message>
</context>
<context>
    <name>cairn::textimport::ItemLines</name>
    <message>
        <source>It states numbers that were not read as a baseline or a target: check them.</source>
        <translation>Indica números que no se leyeron como línea de base ni como valor meta: revíselos.</translation>
    </message>
</context>
<context>
    <name>cairn::textimport::OutlineCursor</name>
    <message>
        <source>Added to hold objectives that come before any goal.</source>
        <translation>Se agregó para contener los objetivos que aparecen antes de cualquier meta.</translation>
    </message>
</context>
<context>
    <name>cairn::textimport::edits</name>
    <message>
        <source>Put the cursor where the second part of its text begins.</source>
        <translation>Ponga el cursor donde empieza la segunda parte de su texto.</translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation>No existe ese elemento.</translation>
    </message>
    <message>
        <source>There is no goal before it to hold it.</source>
        <translation>No hay ninguna meta antes que lo pueda contener.</translation>
    </message>
    <message>
        <source>An item cannot go under itself or one of its own items.</source>
        <translation>Un elemento no puede ir debajo de sí mismo ni de uno de sus propios elementos.</translation>
    </message>
    <message>
        <source>There is no such parent.</source>
        <translation>No existe ese elemento superior.</translation>
    </message>
    <message>
        <source>That item cannot hold one of this kind.</source>
        <translation>Ese elemento no puede contener uno de esta clase.</translation>
    </message>
    <message>
        <source>No item follows it under the same parent.</source>
        <translation>Ningún elemento le sigue bajo el mismo elemento superior.</translation>
    </message>
    <message>
        <source>The next item holds items this one cannot hold.</source>
        <translation>El elemento siguiente contiene elementos que este no puede contener.</translation>
    </message>
    <message>
        <source>Its text is one line.</source>
        <translation>Su texto es de una sola línea.</translation>
    </message>
</context>
<context>
    <name>cairn::web::AboutPage</name>
    <message>
        <source>About the plan</source>
        <translation>Acerca del plan</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Core values</source>
        <translation>Valores fundamentales</translation>
    </message>
    <message>
        <source>Profile of the graduate</source>
        <translation>Perfil del graduado</translation>
    </message>
    <message>
        <source>Theory of action</source>
        <translation>Teoría de acción</translation>
    </message>
    <message>
        <source>The plan has no mission, vision or values written down yet.</source>
        <translation>El plan todavía no tiene por escrito su misión, visión ni valores.</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
</context>
<context>
    <name>cairn::web::ChartSvg</name>
    <message>
        <source>Baseline %1 in %2.</source>
        <translation>Línea de base %1 en %2.</translation>
    </message>
    <message>
        <source>The baseline is still to be collected.</source>
        <translation>La línea de base está pendiente de recopilar.</translation>
    </message>
    <message>
        <source>Target %1 by %2.</source>
        <translation>Valor meta %1 para %2.</translation>
    </message>
    <message>
        <source>No value recorded yet.</source>
        <translation>Todavía no hay ningún valor registrado.</translation>
    </message>
    <message>
        <source>Latest value %1 in %2: %3.</source>
        <translation>Valor más reciente %1 en %2: %3.</translation>
    </message>
    <message>
        <source>Also drawn: %1.</source>
        <translation>También se traza: %1.</translation>
    </message>
    <message>
        <source>Chart of %1 %2 by school year: targets and values</source>
        <translation>Gráfica de %1 %2 por año escolar: valores meta y valores</translation>
    </message>
    <message>
        <source>Withheld to protect a small student group: %1.</source>
        <translation>Retenido para proteger a un grupo pequeño de estudiantes: %1.</translation>
    </message>
</context>
<context>
    <name>cairn::web::DataPage</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>The values behind this site, one file per school year, in CSV: a spreadsheet (Excel, LibreOffice, Google Sheets) opens them.</source>
        <translation>Los valores en que se basa este sitio, un archivo por año escolar, en CSV: cualquier hoja de cálculo (Excel, LibreOffice, Google Sheets) los abre.</translation>
    </message>
    <message>
        <source>The plan has no school years to publish values for yet.</source>
        <translation>El plan todavía no tiene años escolares para publicar valores.</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>Valores de %1</translation>
    </message>
    <message>
        <source>CSV, %1 KB</source>
        <translation>CSV, %1 KB</translation>
    </message>
    <message>
        <source>What the columns hold</source>
        <translation>Qué contienen las columnas</translation>
    </message>
    <message>
        <source>the measure&apos;s code and name, as on the goal pages</source>
        <translation>el código y el nombre del indicador, como en las páginas de las metas</translation>
    </message>
    <message>
        <source>who reports the measure</source>
        <translation>quién reporta el indicador</translation>
    </message>
    <message>
        <source>percent, count, currency, score, rating, days or the measure&apos;s own unit</source>
        <translation>porcentaje, cantidad, monto en dólares, puntaje, calificación, días o la unidad propia del indicador</translation>
    </message>
    <message>
        <source>the year the row is for, such as %1</source>
        <translation>el año al que corresponde la fila, como %1</translation>
    </message>
    <message>
        <source>the year&apos;s target; a target between the baseline and the final target may be derived on the line between them</source>
        <translation>el valor meta del año; un valor meta entre la línea de base y el valor meta final puede derivarse sobre la línea que los une</translation>
    </message>
    <message>
        <source>the value recorded for the year, empty when none is yet</source>
        <translation>el valor registrado para el año, vacío cuando todavía no hay ninguno</translation>
    </message>
    <message>
        <source>what was noted with the value and where it comes from</source>
        <translation>lo que se anotó con el valor y de dónde proviene</translation>
    </message>
    <message>
        <source>final, or preliminary when the value may still change</source>
        <translation>final, o preliminar cuando el valor todavía puede cambiar</translation>
    </message>
    <message>
        <source>the date the value describes</source>
        <translation>la fecha a la que se refiere el valor</translation>
    </message>
    <message>
        <source>The first line of each file names the columns as Cairn reads them back, in English whatever the language of this site:</source>
        <translation>La primera línea de cada archivo da el nombre de las columnas tal como Cairn las vuelve a leer, en inglés sea cual sea el idioma de este sitio:</translation>
    </message>
    <message>
        <source>how many students a student group&apos;s value is about, where it was recorded</source>
        <translation>cuántos estudiantes abarca el valor de un grupo de estudiantes, si se registró</translation>
    </message>
</context>
<context>
    <name>cairn::web::GoalPage</name>
    <message>
        <source>Measures</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Milestones and outcomes</source>
        <translation>Hitos y resultados</translation>
    </message>
    <message>
        <source>Actions of objective %1</source>
        <translation>Acciones del objetivo %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Objetivo %1: %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Milestones and outcomes of objective %1</source>
        <translation>Hitos y resultados del objetivo %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Why this goal</source>
        <translation>Por qué esta meta</translation>
    </message>
    <message>
        <source>The goal as a whole</source>
        <translation>La meta en su conjunto</translation>
    </message>
    <message>
        <source>Milestones and outcomes of goal %1</source>
        <translation>Hitos y resultados de la meta %1</translation>
    </message>
</context>
<context>
    <name>cairn::web::HomePage</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Measures and actions: %1</source>
        <translation>Indicadores y acciones: %1</translation>
    </message>
    <message>
        <source>Each objective&apos;s status by school year</source>
        <translation>Estado de cada objetivo por año escolar</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Objectives by year</source>
        <translation>Objetivos por año</translation>
    </message>
    <message>
        <source>Strategic plan</source>
        <translation>Plan estratégico</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 a %3</translation>
    </message>
    <message>
        <source>Where the plan stands in %1</source>
        <translation>Situación del plan en %1</translation>
    </message>
    <message>
        <source>Statuses are judged as of %1; the latest value was recorded on %2.</source>
        <translation>Los estados se evalúan al %1; el valor más reciente se registró el %2.</translation>
    </message>
    <message>
        <source>Statuses are judged as of %1; no values have been recorded yet.</source>
        <translation>Los estados se evalúan al %1; todavía no se ha registrado ningún valor.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
</context>
<context>
    <name>cairn::web::MeasureSection</name>
    <message>
        <source>Target</source>
        <translation>Valor meta</translation>
    </message>
    <message>
        <source>Value, with its status</source>
        <translation>Valor, con su estado</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (línea de base)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (derivado)</translation>
    </message>
    <message>
        <source>%1 (preliminary)</source>
        <translation>%1 (preliminar)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source>%1 by school year</source>
        <translation>%1 por año escolar</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Valores de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Milestones and outcomes of %1</source>
        <translation>Hitos y resultados de %1</translation>
    </message>
</context>
<context>
    <name>cairn::web::OutcomeTable</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Evidence or assessment</source>
        <translation>Evidencia o evaluación</translation>
    </message>
</context>
<context>
    <name>cairn::web::PageFrame</name>
    <message>
        <source>en</source>
        <extracomment>The language code of the website&apos;s own words, as HTML&apos;s lang attribute takes it (&quot;en&quot;, &quot;es&quot;).</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <source>About the plan</source>
        <translation>Acerca del plan</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Ir al contenido</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Statuses for the %1 school year, as of %2. Published %3.</source>
        <translation>Estados del año escolar %1, al %2. Publicado el %3.</translation>
    </message>
    <message>
        <source>Every status is shown as a word and a shape. Made with Cairn; the values are in the Data page.</source>
        <translation>Cada estado se muestra con una palabra y una forma. Hecho con Cairn; los valores están en la página Datos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Values of student groups left out or shown as a range: %n.</source>
        <translation>
            <numerusform>%1 Se omitió %n valor de grupos de estudiantes o se mostró como un rango.</numerusform>
            <numerusform>%1 Se omitieron %n valores de grupos de estudiantes o se mostraron como un rango.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::web::SiteFolder</name>
    <message>
        <source>%1 is a file, not a folder; nothing was written.</source>
        <translation>%1 es un archivo, no una carpeta; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose an empty or new folder, or replace the site in it (--force). Nothing was written.</source>
        <translation>%1 no está vacía; elija una carpeta vacía o nueva, o reemplace el sitio que contiene (--force). No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 holds other files than a site Cairn published, so it is not replaced; choose an empty or new folder. Nothing was written.</source>
        <translation>%1 contiene otros archivos además de un sitio publicado por Cairn, así que no se reemplaza; elija una carpeta vacía o nueva. No se escribió nada.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>La carpeta %1 no existe; no se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2. Nothing was written.</source>
        <translation>No se puede escribir en %1: %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>No se puede escribir %1: %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is a file in it open elsewhere?); nothing was changed.</source>
        <translation>No se puede reemplazar %1 (¿hay un archivo de esa carpeta abierto en otro lugar?); no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot create %1; nothing was changed.</source>
        <translation>No se puede crear %1; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Strategic-plan tracker for school districts.</source>
        <translation>Programa de seguimiento del plan estratégico para distritos escolares.</translation>
    </message>
    <message>
        <source>the plan file (.cairn) to open</source>
        <translation>el archivo del plan (.cairn) que se va a abrir</translation>
    </message>
</context>
</TS>
