<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="35"/>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="35"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="46"/>
        <source>Who makes it happen</source>
        <translation>Qui la mène à bien</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="50"/>
        <source>Set a due date</source>
        <translation>Fixer une échéance</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="54"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="70"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="71"/>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="72"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="73"/>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/actions.py" line="74"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="245"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="245"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="245"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="245"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../src/raiassess/gui/search.py" line="47"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/assessment.py" line="197"/>
        <source>Only &amp;unanswered</source>
        <translation>Sans &amp;réponse seulement</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/assessment.py" line="199"/>
        <source>Show only unanswered questions</source>
        <translation>Afficher seulement les questions sans réponse</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/assessment.py" line="403"/>
        <source>No question of this section is asked, given the other answers.</source>
        <translation>Aucune question de cette section n&apos;est posée, compte tenu des autres réponses.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/assessment.py" line="405"/>
        <source>Every question of this section is answered.</source>
        <translation>Toutes les questions de cette section ont une réponse.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/search.py" line="37"/>
        <source>Search questions (Ctrl+F)</source>
        <translation>Chercher une question (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/search.py" line="38"/>
        <source>Search questions</source>
        <translation>Chercher une question</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/search.py" line="77"/>
        <source>Not asked with the current answers</source>
        <translation>Non posée avec les réponses actuelles</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/search.py" line="84"/>
        <source>No question matches.</source>
        <translation>Aucune question ne correspond.</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <location filename="../../src/raiassess/gui/undo.py" line="76"/>
        <source>answer to {number}</source>
        <translation>réponse à {number}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/undo.py" line="89"/>
        <source>note on {number}</source>
        <translation>note sur {number}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/undo.py" line="120"/>
        <source>evidence on {number}</source>
        <translation>preuve sur {number}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/undo.py" line="156"/>
        <source>details of the system</source>
        <translation>détails du système</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="127"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="127"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="127"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="128"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="128"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="128"/>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="148"/>
        <source>Residual risk {value}%</source>
        <translation>Risque résiduel {value} %</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="163"/>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="171"/>
        <source>{level} so far</source>
        <translation>{level} pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="55"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="56"/>
        <source>Back to the assessments</source>
        <translation>Retour aux évaluations</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="72"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="73"/>
        <source>Edit the system&apos;s details and the title</source>
        <translation>Modifier les détails du système et le titre</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="75"/>
        <source>Name, description, owner, team and deployment context of the system</source>
        <translation>Nom, description, responsable, équipe et contexte de déploiement du système</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="84"/>
        <source>Status of the assessment</source>
        <translation>État de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="85"/>
        <source>Where the assessment stands in its review</source>
        <translation>Où en est la revue de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="103"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="115"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="119"/>
        <location filename="../../src/raiassess/gui/view.py" line="193"/>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="120"/>
        <location filename="../../src/raiassess/gui/view.py" line="200"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;vue</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="152"/>
        <source>{level}: blocked</source>
        <translation>{level} : bloqué</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="156"/>
        <source>{level} so far ({low} to {high} once complete)</source>
        <translation>{level} pour l&apos;instant ({low} à {high} une fois complet)</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="159"/>
        <source>{level} risk so far</source>
        <translation>Risque {level} pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="161"/>
        <source>{level} risk</source>
        <translation>Risque {level}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="154"/>
        <source>Not scored yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="164"/>
        <source>Overall risk level: {level}</source>
        <translation>Niveau de risque global : {level}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/view.py" line="166"/>
        <source>{answered} of {visible} answered · {percent}% of required</source>
        <translation>{answered} sur {visible} répondues · {percent} % des obligatoires</translation>
    </message>
</context>
<context>
    <name>CommentRow</name>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="67"/>
        <source>Go to question</source>
        <translation>Aller à la question</translation>
    </message>
</context>
<context>
    <name>ContributionRow</name>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="65"/>
        <source>Answer: {answer} — {points} of {most} control points</source>
        <translation>Réponse : {answer} — {points} points de maîtrise sur {most}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="69"/>
        <source>Answer: {answer} — {points} of {most} impact points</source>
        <translation>Réponse : {answer} — {points} points d&apos;impact sur {most}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="73"/>
        <source>Answer: {answer} — {risk} of {most} risk points</source>
        <translation>Réponse : {answer} — {risk} points de risque sur {most}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../src/raiassess/gui/editors.py" line="355"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="79"/>
        <source>Details of the assessment</source>
        <translation>Détails de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="95"/>
        <source>The system needs a name: it is how the assessment is found in the list and named in the report.</source>
        <translation>Le système doit avoir un nom : c&apos;est par lui que l&apos;évaluation est retrouvée dans la liste et désignée dans le rapport.</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="69"/>
        <source>{number} is not asked</source>
        <translation>la question {number} n&apos;est pas posée</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="71"/>
        <source>{number} is not answered yet</source>
        <translation>la question {number} n&apos;a pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="73"/>
        <source>{number} is answered &apos;{answer}&apos;</source>
        <translation>la question {number} a pour réponse « {answer} »</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="77"/>
        <source>Not asked because {reasons}</source>
        <translation>Non posée parce que {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="78"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="80"/>
        <source>Not asked, given the other answers</source>
        <translation>Non posée, compte tenu des autres réponses</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="82"/>
        <source>; counted as &apos;{answer}&apos; because it was not examined</source>
        <translation> ; comptée comme « {answer} » faute d&apos;avoir été examinée</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="94"/>
        <source>This assessment is not finished; it stays {level} whatever the open questions say.</source>
        <translation>Cette évaluation n&apos;est pas terminée ; elle reste au niveau {level} quelles que soient les réponses restantes.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="97"/>
        <source>This assessment is not finished: the level is the level so far. Once complete it can land anywhere from {low} to {high} (residual risk {low_figure}% to {high_figure}%).</source>
        <translation>Cette évaluation n&apos;est pas terminée : le niveau affiché est celui d&apos;à présent. Une fois complète, elle peut aboutir entre {low} et {high} (risque résiduel de {low_figure} % à {high_figure} %).</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="26"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="43"/>
        <source>Blocking finding</source>
        <translation>Constat bloquant</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="44"/>
        <source>Contradiction in the answers</source>
        <translation>Contradiction dans les réponses</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="51"/>
        <source>From the answers to {numbers}</source>
        <translation>D&apos;après les réponses aux questions {numbers}</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../src/raiassess/gui/guidance.py" line="20"/>
        <location filename="../../src/raiassess/gui/guidance.py" line="23"/>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/guidance.py" line="26"/>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/guidance.py" line="29"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/guidance.py" line="55"/>
        <source>Choose a question to see why it matters and what good practice looks like.</source>
        <translation>Choisissez une question pour voir pourquoi elle compte et ce qu&apos;est une bonne pratique.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/guidance.py" line="78"/>
        <source>Topics: {tags}</source>
        <translation>Thèmes : {tags}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="80"/>
        <location filename="../../src/raiassess/gui/home.py" line="112"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="83"/>
        <source>Each assessment answers a questionnaire about one AI system. Open one to continue, or create a new one (Ctrl+N).</source>
        <translation>Chaque évaluation répond à un questionnaire sur un système d&apos;IA. Ouvrez-en une pour continuer, ou créez-en une nouvelle (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="91"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="94"/>
        <source>System, questionnaire, status or level</source>
        <translation>Système, questionnaire, état ou niveau</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="98"/>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivées</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="152"/>
        <source>Start your first assessment</source>
        <translation>Commencez votre première évaluation</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="154"/>
        <source>An assessment takes you through a questionnaire about one AI system. Each question explains why it matters; every answer is saved as you go; the results show where the risk lies and what to do about it.</source>
        <translation>Une évaluation vous guide à travers un questionnaire sur un système d&apos;IA. Chaque question explique pourquoi elle compte ; chaque réponse est enregistrée au fur et à mesure ; les résultats montrent où se situe le risque et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="163"/>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="167"/>
        <source>Import an answers file…</source>
        <translation>Importer un fichier de réponses…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/home.py" line="175"/>
        <source>Archived assessments are hidden: tick “Show archived” to see them.</source>
        <translation>Les évaluations archivées sont masquées : cochez « Afficher les archivées » pour les voir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/raiassess/gui/app.py" line="88"/>
        <location filename="../../src/raiassess/gui/window.py" line="86"/>
        <source>Opening the database…</source>
        <extracomment>What opening an assessment reads: the assessment, its score, and a newer version of its questionnaire to offer (or None). Assessments whose user chose to keep their questionnaire&apos;s version: not asked again until the app starts again.</extracomment>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="127"/>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="87"/>
        <source>&amp;New assessment…</source>
        <extracomment>Every command, in the order of the menus (and of the toolbar&apos;s buttons among them).</extracomment>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="89"/>
        <source>Start an assessment of an AI system</source>
        <translation>Commencer l&apos;évaluation d&apos;un système d&apos;IA</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="91"/>
        <location filename="../../src/raiassess/gui/window.py" line="154"/>
        <source>&amp;Open assessment</source>
        <translation>&amp;Ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="93"/>
        <source>Open the assessment selected in the list</source>
        <translation>Ouvrir l&apos;évaluation choisie dans la liste</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="95"/>
        <source>&amp;Re-assess (duplicate)</source>
        <translation>&amp;Réévaluer (dupliquer)</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="97"/>
        <source>Start a new assessment pre-filled with these answers</source>
        <translation>Commencer une nouvelle évaluation préremplie avec ces réponses</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="110"/>
        <location filename="../../src/raiassess/gui/window.py" line="158"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chiver</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="112"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="100"/>
        <source>&amp;Import answers file…</source>
        <translation>&amp;Importer un fichier de réponses…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="103"/>
        <source>&amp;Export answers file…</source>
        <translation>&amp;Exporter un fichier de réponses…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="106"/>
        <source>Export &amp;PDF report…</source>
        <translation>Exporter le rapport &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="108"/>
        <source>Build the impact assessment report, preview it, save it</source>
        <translation>Construire le rapport d&apos;évaluation d&apos;impact, le prévisualiser, l&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="114"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="120"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="123"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="126"/>
        <source>&amp;Find question…</source>
        <translation>&amp;Chercher une question…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="129"/>
        <source>Only &amp;unanswered questions</source>
        <translation>Questions &amp;sans réponse seulement</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="139"/>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="142"/>
        <source>&amp;Previous question</source>
        <translation>Question &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="145"/>
        <source>Next &amp;section</source>
        <translation>Section s&amp;uivante</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="148"/>
        <source>Previous s&amp;ection</source>
        <translation>Section pr&amp;écédente</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="151"/>
        <source>&amp;Assessments</source>
        <translation>&amp;Évaluations</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="153"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="155"/>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="158"/>
        <source>Re&amp;view comments</source>
        <translation>Commentaires de re&amp;vue</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="132"/>
        <source>Assessment &amp;details…</source>
        <translation>&amp;Détails de l&apos;évaluation…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="135"/>
        <source>The system&apos;s name, description, owner, team and deployment context, and the assessment&apos;s title</source>
        <translation>Nom, description, responsable, équipe et contexte de déploiement du système, et titre de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="161"/>
        <source>&amp;About raiassess</source>
        <translation>À &amp;propos de raiassess</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="81"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="82"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="83"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="189"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="90"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="94"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="99"/>
        <source>Re-assess</source>
        <translation>Réévaluer</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="102"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="105"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="122"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="125"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/commands.py" line="157"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="155"/>
        <source>&amp;Open another assessment…</source>
        <translation>&amp;Ouvrir une autre évaluation…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="157"/>
        <source>Unar&amp;chive</source>
        <translation>Désar&amp;chiver</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="234"/>
        <source>Opening the assessment…</source>
        <translation>Ouverture de l&apos;évaluation…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="281"/>
        <source>The assessment now answers version {version}; a snapshot keeps it as it was.</source>
        <translation>L&apos;évaluation répond maintenant à la version {version} ; un instantané la garde telle qu&apos;elle était.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="301"/>
        <source>All changes saved at {time}</source>
        <translation>Toutes les modifications enregistrées à {time}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="320"/>
        <source>Re-assessment created from the answers of the previous one.</source>
        <translation>Réévaluation créée à partir des réponses de la précédente.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="337"/>
        <source>Delete assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="338"/>
        <source>Delete the assessment of “{name}” with all its answers, notes and actions? This cannot be undone.</source>
        <translation>Supprimer l&apos;évaluation de « {name} » avec toutes ses réponses, notes et actions ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="356"/>
        <source>Loading the questionnaires…</source>
        <translation>Chargement des questionnaires…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="364"/>
        <source>No questionnaire is installed, so no assessment can be started.</source>
        <translation>Aucun questionnaire n&apos;est installé : impossible de commencer une évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="94"/>
        <source>Import an answers file</source>
        <translation>Importer un fichier de réponses</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="89"/>
        <source>Answers files (*.yaml *.yml *.json)</source>
        <extracomment>How long the status bar shows what a command did, in milliseconds.</extracomment>
        <translation>Fichiers de réponses (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="99"/>
        <source>Imported {name}.</source>
        <translation>{name} importé.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="104"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="106"/>
        <source>Checking and storing the answers…</source>
        <translation>Vérification et enregistrement des réponses…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="111"/>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="120"/>
        <source>Export an answers file</source>
        <translation>Exporter un fichier de réponses</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="125"/>
        <source>Exported to {name}.</source>
        <translation>Exporté dans {name}.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="130"/>
        <source>Collecting the answers…</source>
        <translation>Rassemblement des réponses…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="132"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="137"/>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="151"/>
        <location filename="../../src/raiassess/gui/transfers.py" line="155"/>
        <source>Building the report…</source>
        <translation>Construction du rapport…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="166"/>
        <source>Impact assessment of {name}</source>
        <translation>Évaluation d&apos;impact de {name}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="172"/>
        <source>Save the PDF report</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="173"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="180"/>
        <source>The report could not be saved: {reason}.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/transfers.py" line="184"/>
        <source>Report saved to {name}.</source>
        <translation>Rapport enregistré dans {name}.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/app.py" line="84"/>
        <source>The database could not be opened.</source>
        <translation>La base de données n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/app.py" line="85"/>
        <source>raiassess cannot open its database</source>
        <translation>raiassess ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/errors.py" line="123"/>
        <source>The file has {count} problem(s); nothing was imported.</source>
        <translation>Le fichier comporte {count} problème(s) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/errors.py" line="127"/>
        <source>The file could not be read or written: {reason}.</source>
        <translation>Le fichier n&apos;a pas pu être lu ou écrit : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/errors.py" line="138"/>
        <source>Something went wrong and raiassess could not finish what it was doing. Your saved work is safe.</source>
        <translation>Un problème est survenu et raiassess n&apos;a pas pu terminer l&apos;opération. Votre travail enregistré est intact.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="430"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="431"/>
        <source>The new data location or language takes effect when raiassess starts again.</source>
        <translation>Le nouvel emplacement des données ou la nouvelle langue prendra effet au prochain démarrage de raiassess.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="444"/>
        <source>The backup was restored; the list shows what the database holds now.</source>
        <translation>La sauvegarde a été restaurée ; la liste montre ce que contient maintenant la base de données.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="451"/>
        <source>About raiassess</source>
        <translation>À propos de raiassess</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/window.py" line="452"/>
        <source>raiassess {version}

Responsible-AI self-assessment: guided questionnaires, explained risk scores and action plans.</source>
        <translation>raiassess {version}

Auto-évaluation de l&apos;IA responsable : questionnaires guidés, scores de risque expliqués et plans d&apos;action.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="60"/>
        <source>A newer questionnaire is installed</source>
        <extracomment>A newer installed version of an assessment&apos;s questionnaire, and what moving to it would carry over and leave behind.</extracomment>
        <translation>Un questionnaire plus récent est installé</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="64"/>
        <source>Version {new} of “{title}” is installed</source>
        <translation>La version {new} de « {title} » est installée</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="67"/>
        <source>This assessment answers version {old}. It stays on that version unless you move it; its answers and results do not change on their own.</source>
        <translation>Cette évaluation répond à la version {old}. Elle reste sur cette version tant que vous ne la déplacez pas ; ses réponses et ses résultats ne changent pas d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="85"/>
        <source>Answers that would not be carried over</source>
        <translation>Réponses qui ne seraient pas reprises</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="75"/>
        <source>Moving to version {new} carries over the answers, notes and evidence of the one question whose wording and choices did not change.</source>
        <translation>Passer à la version {new} reprend les réponses, notes et preuves de la seule question dont l&apos;énoncé et les choix n&apos;ont pas changé.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="77"/>
        <source>Moving to version {new} carries over the answers, notes and evidence of {count} questions whose wording and choices did not change.</source>
        <translation>Passer à la version {new} reprend les réponses, notes et preuves des {count} questions dont l&apos;énoncé et les choix n&apos;ont pas changé.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="93"/>
        <source>The answer to one question would not be carried over, because the question changed or was removed:</source>
        <translation>La réponse à une question ne serait pas reprise, parce que la question a changé ou a été retirée :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="95"/>
        <source>The answers to {count} questions would not be carried over, because the questions changed or were removed:</source>
        <translation>Les réponses à {count} questions ne seraient pas reprises, parce que les questions ont changé ou ont été retirées :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="101"/>
        <source>Every answer would be carried over.</source>
        <translation>Toutes les réponses seraient reprises.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="108"/>
        <source>Before moving, raiassess keeps a snapshot of the assessment as it is now, so nothing is lost. If you keep this version, you will not be asked again until raiassess starts again.</source>
        <translation>Avant le passage, raiassess garde un instantané de l&apos;évaluation telle qu&apos;elle est maintenant : rien n&apos;est perdu. Si vous gardez cette version, la question ne vous sera plus posée avant le prochain démarrage de raiassess.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="116"/>
        <source>&amp;Move to version {new}</source>
        <translation>&amp;Passer à la version {new}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/migration.py" line="119"/>
        <source>&amp;Keep version {old}</source>
        <translation>&amp;Garder la version {old}</translation>
    </message>
</context>
<context>
    <name>NewAssessmentWizard</name>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="110"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../src/raiassess/gui/editors.py" line="309"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/raiassess/gui/pdf.py" line="66"/>
        <location filename="../../src/raiassess/gui/pdf.py" line="123"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/pdf.py" line="82"/>
        <source>The report is ready: {pages} pages. This copy of Qt cannot show PDF files; open it in your PDF viewer to read it before saving.</source>
        <translation>Le rapport est prêt : {pages} pages. Cette version de Qt ne peut pas afficher les PDF ; ouvrez-le dans votre lecteur PDF pour le lire avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/pdf.py" line="91"/>
        <source>Nothing is written until you choose Save.</source>
        <translation>Rien n&apos;est écrit tant que vous ne choisissez pas Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/pdf.py" line="95"/>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/pdf.py" line="102"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/pdf.py" line="135"/>
        <source>{pages} pages</source>
        <translation>{pages} pages</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="72"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="74"/>
        <source>This question must be answered for the assessment to be complete.</source>
        <translation>Il faut répondre à cette question pour que l&apos;évaluation soit complète.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="86"/>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="87"/>
        <location filename="../../src/raiassess/gui/card.py" line="149"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="88"/>
        <location filename="../../src/raiassess/gui/card.py" line="152"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="152"/>
        <source>Evidence ({count})</source>
        <translation>Preuves ({count})</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="159"/>
        <source>A note for the reviewers: context, caveats, who to ask</source>
        <translation>Une note pour les relecteurs : contexte, réserves, personne à contacter</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="161"/>
        <source>Note on question {number}</source>
        <translation>Note sur la question {number}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="199"/>
        <source>Evidence of question {number}</source>
        <translation>Preuves de la question {number}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="202"/>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="203"/>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="204"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="223"/>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="224"/>
        <source>Address of the document or page:</source>
        <translation>Adresse du document ou de la page :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/card.py" line="231"/>
        <source>Choose a file as evidence</source>
        <translation>Choisir un fichier comme preuve</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="178"/>
        <source>Go to question</source>
        <translation>Aller à la question</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="179"/>
        <source>Go to question {number}</source>
        <translation>Aller à la question {number}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="182"/>
        <source>Turn into an action…</source>
        <translation>Transformer en action…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="183"/>
        <source>Turn {number} into an action</source>
        <translation>Transformer {number} en action</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="34"/>
        <source>Choose a questionnaire</source>
        <translation>Choisir un questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="35"/>
        <source>The questionnaire decides which questions are asked and how the answers are scored.</source>
        <translation>Le questionnaire détermine les questions posées et la façon dont les réponses sont notées.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="40"/>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="44"/>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="50"/>
        <source>About the questionnaire</source>
        <translation>À propos du questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="69"/>
        <source>{count} questions in {sections} sections</source>
        <translation>{count} questions en {sections} sections</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="85"/>
        <location filename="../../src/raiassess/gui/charts.py" line="89"/>
        <source>Residual risk by section</source>
        <translation>Risque résiduel par section</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="108"/>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
</context>
<context>
    <name>RecommendationRow</name>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="201"/>
        <source>{points} points off</source>
        <translation>{points} points en moins</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="202"/>
        <source>level unchanged</source>
        <translation>niveau inchangé</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="207"/>
        <source>Questions {numbers}</source>
        <translation>Questions {numbers}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="136"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="137"/>
        <source>%p% complete</source>
        <translation>Complet à %p %</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="159"/>
        <source>Why this level</source>
        <translation>Pourquoi ce niveau</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="165"/>
        <source>What to do, most effective first</source>
        <translation>Que faire, le plus efficace d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="173"/>
        <source>What contributes most to the risk</source>
        <translation>Ce qui contribue le plus au risque</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="176"/>
        <source>Answers that contribute most</source>
        <translation>Réponses qui contribuent le plus</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="178"/>
        <source>No answer adds to the risk so far.</source>
        <translation>Aucune réponse n&apos;ajoute de risque pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="192"/>
        <source>Required questions not yet answered</source>
        <translation>Questions obligatoires encore sans réponse</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/action_plan.py" line="47"/>
        <location filename="../../src/raiassess/gui/action_plan.py" line="51"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/action_plan.py" line="64"/>
        <source>Add action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/action_plan.py" line="67"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/action_plan.py" line="72"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="229"/>
        <source>{level}
risk</source>
        <translation>Risque
{level}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="225"/>
        <source>Not scored
yet</source>
        <translation>Pas encore
évalué</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="201"/>
        <source>Questions not asked, and why</source>
        <translation>Questions non posées, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="223"/>
        <source>{level}
blocked</source>
        <translation>{level}
bloqué</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="227"/>
        <source>{level}
so far</source>
        <translation>{level}
pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="231"/>
        <source>Overall risk level: {level}</source>
        <translation>Niveau de risque global : {level}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="234"/>
        <source>Residual risk {residual}% · inherent {inherent}% · mitigation {mitigation}% · {answered} of {visible} questions answered</source>
        <translation>Risque résiduel {residual} % · inhérent {inherent} % · atténuation {mitigation} % · {answered} questions répondues sur {visible}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="240"/>
        <source>Answer the questions to see where the risk lies. Each answer is scored as soon as you give it.</source>
        <translation>Répondez aux questions pour voir où se situe le risque. Chaque réponse est notée dès que vous la donnez.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="281"/>
        <source>Required questions not yet answered ({count})</source>
        <translation>Questions obligatoires encore sans réponse ({count})</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="282"/>
        <source>Every required question is answered</source>
        <translation>Toutes les questions obligatoires ont une réponse</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/results.py" line="288"/>
        <source>Not asked ({count})</source>
        <translation>Non posées ({count})</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/action_plan.py" line="92"/>
        <source>Lower the risk of {number}</source>
        <translation>Réduire le risque de {number}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/action_plan.py" line="128"/>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/action_plan.py" line="129"/>
        <source>Delete the action “{title}”? This cannot be undone.</source>
        <translation>Supprimer l&apos;action « {title} » ? C&apos;est irréversible.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="86"/>
        <location filename="../../src/raiassess/gui/review.py" line="132"/>
        <source>Review comments</source>
        <translation>Commentaires de revue</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="87"/>
        <source>What reviewers say about the whole assessment or about one question. Comments are kept as written and appear in the review section of the PDF report.</source>
        <translation>Ce que les relecteurs disent de l&apos;évaluation entière ou d&apos;une question. Les commentaires sont conservés tels qu&apos;écrits et figurent dans la section de revue du rapport PDF.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="104"/>
        <source>e.g. Ethics board, Legal, Data protection officer</source>
        <translation>p. ex. Comité d&apos;éthique, Juridique, Délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="110"/>
        <source>What should the team know or change?</source>
        <translation>Que doit savoir ou changer l&apos;équipe ?</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="111"/>
        <source>&amp;Add comment</source>
        <translation>&amp;Ajouter le commentaire</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="117"/>
        <source>A&amp;bout:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="118"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="119"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="120"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="148"/>
        <source>The whole assessment</source>
        <translation>L&apos;évaluation entière</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="152"/>
        <source>Question {number}: {text}</source>
        <translation>Question {number} : {text}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="177"/>
        <source>on question {number}: {text}</source>
        <translation>sur la question {number} : {text}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="172"/>
        <source>No comment yet</source>
        <translation>Aucun commentaire pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="173"/>
        <source>1 comment</source>
        <translation>1 commentaire</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="174"/>
        <source>{count} comments</source>
        <translation>{count} commentaires</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/review.py" line="176"/>
        <source>on the whole assessment</source>
        <translation>sur l&apos;évaluation entière</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../../src/raiassess/gui/editors.py" line="224"/>
        <source>{value} on the scale</source>
        <extracomment>Scales with more steps than this are a slider instead of a row of buttons.</extracomment>
        <translation>{value} sur l&apos;échelle</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/editors.py" line="237"/>
        <location filename="../../src/raiassess/gui/editors.py" line="283"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/editors.py" line="254"/>
        <source>Scale from {low} to {high}</source>
        <translation>Échelle de {low} à {high}</translation>
    </message>
</context>
<context>
    <name>SectionBars</name>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="132"/>
        <source>Inherent and residual risk by section</source>
        <translation>Risque inhérent et résiduel par section</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="136"/>
        <source>Inherent and residual risk</source>
        <translation>Risque inhérent et résiduel</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="137"/>
        <source>Inherent</source>
        <translation>Inhérent</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="138"/>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="150"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>SectionDelegate</name>
    <message>
        <location filename="../../src/raiassess/gui/navigator.py" line="29"/>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
</context>
<context>
    <name>SectionLegend</name>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="167"/>
        <source>Sections of the charts</source>
        <translation>Sections des graphiques</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/charts.py" line="191"/>
        <source>Residual risk of the section</source>
        <translation>Risque résiduel de la section</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="219"/>
        <source>{title}: {answered} of {visible} answered, {level} risk</source>
        <translation>{title} : {answered} sur {visible} répondues, risque {level}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="223"/>
        <source>{answered} of {visible} questions answered; residual risk {residual}%</source>
        <translation>{answered} questions répondues sur {visible} ; risque résiduel {residual} %</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <location filename="../../src/raiassess/gui/navigator.py" line="139"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../src/raiassess/gui/assessment.py" line="58"/>
        <source>Every question of this section is answered.</source>
        <extracomment>Cards built when a section is first shown (about a screenful), then per event-loop turn.</extracomment>
        <translation>Toutes les questions de cette section ont une réponse.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="50"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="61"/>
        <source>Default: {location}</source>
        <translation>Par défaut : {location}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="63"/>
        <source>Data location</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="84"/>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="91"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="84"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="85"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="77"/>
        <source>&amp;Data location:</source>
        <translation>&amp;Emplacement des données :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="70"/>
        <source>A SQLite file or a database URL. Leave empty for the default. A new location takes effect when raiassess starts again.</source>
        <translation>Un fichier SQLite ou l&apos;URL d&apos;une base de données. Laissez vide pour l&apos;emplacement par défaut. Un nouvel emplacement prend effet au prochain démarrage de raiassess.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="80"/>
        <source>Bac&amp;kups:</source>
        <translation>Sau&amp;vegardes :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="98"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="98"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="101"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="102"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="103"/>
        <source>Report &amp;paper:</source>
        <translation>&amp;Papier du rapport :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="122"/>
        <source>Backups of the database</source>
        <translation>Sauvegardes de la base de données</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="126"/>
        <source>Back &amp;up now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="129"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="153"/>
        <source>A database on a server is backed up by the server (for example with pg_dump).</source>
        <translation>Une base de données sur un serveur est sauvegardée par le serveur (par exemple avec pg_dump).</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="155"/>
        <source>The database is not open yet.</source>
        <translation>La base de données n&apos;est pas encore ouverte.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="158"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="158"/>
        <source>taken on request</source>
        <translation>faite à la demande</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="159"/>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="160"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="170"/>
        <source>raiassess backs the database up each day it is opened and keeps the last seven days, in {folder}.</source>
        <translation>raiassess sauvegarde la base de données chaque jour où elle est ouverte et garde les sept derniers jours, dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="186"/>
        <source>The backup could not be taken: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être faite : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="191"/>
        <source>Backed up to {path}.</source>
        <translation>Sauvegardé dans {path}.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="202"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="203"/>
        <source>Restore the backup of {when}?</source>
        <translation>Restaurer la sauvegarde du {when} ?</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="207"/>
        <source>The content of the database is replaced by the backup&apos;s: every change made since the backup was taken goes with it. raiassess first keeps a copy of the current content among the backups (“before a restore”), then reopens the database; an open assessment is closed.</source>
        <translation>Le contenu de la base de données est remplacé par celui de la sauvegarde : toute modification faite depuis la sauvegarde disparaît avec lui. raiassess garde d&apos;abord une copie du contenu actuel parmi les sauvegardes (« avant une restauration »), puis rouvre la base de données ; une évaluation ouverte est fermée.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="211"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="221"/>
        <source>The backup could not be restored: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="228"/>
        <source>Restored the backup of {when}.</source>
        <translation>Sauvegarde du {when} restaurée.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="234"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/settings_dialog.py" line="235"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SystemForm</name>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="29"/>
        <source>e.g. Loan pre-screening model</source>
        <translation>p. ex. Modèle de présélection de prêts</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="32"/>
        <source>Optional, e.g. Pre-launch review 2026</source>
        <translation>Facultatif, p. ex. Revue avant lancement 2026</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="45"/>
        <source>Where and for whom it runs</source>
        <translation>Où et pour qui il fonctionne</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="46"/>
        <source>System &amp;name:</source>
        <translation>&amp;Nom du système :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="47"/>
        <source>Assessment &amp;title:</source>
        <translation>&amp;Titre de l&apos;évaluation :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="48"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="49"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="50"/>
        <source>T&amp;eam:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/details.py" line="51"/>
        <source>Deployment &amp;context:</source>
        <translation>Conte&amp;xte de déploiement :</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="87"/>
        <source>Describe the system</source>
        <translation>Décrire le système</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/wizard.py" line="88"/>
        <source>Only the name is required; the rest helps reviewers understand the answers.</source>
        <translation>Seul le nom est obligatoire ; le reste aide les relecteurs à comprendre les réponses.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/raiassess/gui/workers.py" line="123"/>
        <source>Please wait</source>
        <extracomment>``report(done, total, text)``: a task tells how far it is (total 0: unknown). ``on_error(error, stack)``: what to do when a task failed (the stack is for the log).</extracomment>
        <translation>Veuillez patienter</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../src/raiassess/gui/editors.py" line="403"/>
        <source>Type your answer</source>
        <translation>Saisissez votre réponse</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="111"/>
        <source>Why this level</source>
        <translation>Pourquoi ce niveau</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="123"/>
        <source>The residual risk alone gives {scored}; the level is {level} because:</source>
        <translation>Le risque résiduel seul donne {scored} ; le niveau est {level} parce que :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="130"/>
        <source>Controls take a system at most {steps} level(s) below the level of its impact ({level}).</source>
        <translation>Les mesures de maîtrise ne font descendre un système que de {steps} niveau(x) au plus sous le niveau de son impact ({level}).</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="135"/>
        <source>The residual risk of {figure}% gives {level}.</source>
        <translation>Le risque résiduel de {figure} % donne {level}.</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="138"/>
        <source>What sets it:</source>
        <translation>Ce qui le détermine :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="139"/>
        <source>What the controls take off:</source>
        <translation>Ce que retirent les mesures de maîtrise :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="140"/>
        <source>What would lower the level:</source>
        <translation>Ce qui ferait baisser le niveau :</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="147"/>
        <source>{number} {answer}: {points} points</source>
        <translation>{number} {answer} : {points} points</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="152"/>
        <source>{number} from {answer} to {instead} gives {level}</source>
        <translation>{number} de {answer} à {instead} donne {level}</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/explanation.py" line="157"/>
        <source>No single answer changed to its best lowers the level on its own.</source>
        <translation>Aucune réponse, passée seule à sa meilleure valeur, ne fait baisser le niveau.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/raiassess/gui/errors.py" line="77"/>
        <source>raiassess</source>
        <translation>raiassess</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/errors.py" line="168"/>
        <source>Unexpected error</source>
        <extracomment>How the hook shows an error; tests replace it to record instead of opening a dialog.</extracomment>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/errors.py" line="191"/>
        <source>Something went wrong and raiassess could not finish what it was doing. Your saved work is safe. The details were written to {log}.</source>
        <translation>Un problème est survenu et raiassess n&apos;a pas pu terminer l&apos;opération. Votre travail enregistré est intact. Les détails ont été écrits dans {log}.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="50"/>
        <source>Draft</source>
        <extracomment>The value a column sorts by (numbers and dates sort as such, not as text). The dataclass behind a row. A level&apos;s colour (``#rrggbb``), for badges. A section&apos;s answered and visible question counts, as a tuple. A section&apos;s level label.</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="51"/>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="52"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="53"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="54"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="55"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="56"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../src/raiassess/gui/models.py" line="57"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
</TS>
