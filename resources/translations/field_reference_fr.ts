<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+38"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in the search box</source>
        <translation>Placer le curseur dans le champ de recherche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find in Entry…</source>
        <translation>Rechercher dans la &amp;fiche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find words in the entry you are reading</source>
        <translation>Rechercher des mots dans la fiche que vous lisez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in the entry</source>
        <translation>Occurrence suivante dans la fiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in the entry</source>
        <translation>Occurrence précédente dans la fiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Citation</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the entry&apos;s title, catalogue version and date</source>
        <translation>Copier le titre de la fiche, la version du catalogue et la date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bookmark This Entry</source>
        <translation>&amp;Ajouter la fiche aux signets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or remove a bookmark on this entry</source>
        <translation>Ajouter ou retirer un signet sur cette fiche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit My &amp;Note</source>
        <translation>Modifier ma &amp;note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in your private note on this entry</source>
        <translation>Placer le curseur dans votre note privée sur cette fiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search My Notes &amp;Too</source>
        <translation>Rechercher aussi dans mes no&amp;tes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also find entries whose notes contain the search words</source>
        <translation>Trouver aussi les fiches dont les notes contiennent les mots recherchés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous entry</source>
        <translation>Revenir à la fiche précédente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go forward again</source>
        <translation>Aller à la fiche suivante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to &amp;Tree</source>
        <translation>Aller à l&apos;&amp;arborescence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the tree</source>
        <translation>Placer le curseur dans l&apos;arborescence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to &amp;Entry</source>
        <translation>Aller à la &amp;fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the cursor to the entry</source>
        <translation>Placer le curseur dans la fiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Introduction</source>
        <translation>Page d&apos;&amp;introduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the introduction to the fields of expertise</source>
        <translation>Afficher l&apos;introduction aux domaines d&apos;expertise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Tree</source>
        <translation>Afficher l&apos;&amp;arborescence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the tree</source>
        <translation>Afficher ou masquer l&apos;arborescence</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group by &amp;Region</source>
        <translation>Grouper par ré&amp;gion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: regions, then the fields working there</source>
        <translation>Arborescence&#xa0;: régions, puis les domaines qui y sont actifs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Field</source>
        <translation>Grouper par &amp;domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, then their regions, initiatives and dialogues</source>
        <translation>Arborescence&#xa0;: domaines, puis leurs régions, initiatives et dialogues</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group &amp;A–Z</source>
        <translation>Grouper de A à &amp;Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: all entries by first letter</source>
        <translation>Arborescence&#xa0;: toutes les fiches par première lettre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group by &amp;Kind</source>
        <translation>Grouper par &amp;type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree: fields, initiatives, dialogues</source>
        <translation>Arborescence&#xa0;: domaines, initiatives, dialogues</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;Zoom</source>
        <translation>Ré&amp;initialiser le zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default text size</source>
        <translation>Taille de texte par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme: &amp;System</source>
        <translation>Thème&#xa0;: s&amp;ystème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system light or dark scheme</source>
        <translation>Suivre le mode clair ou sombre du système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: &amp;Light</source>
        <translation>Thème&#xa0;: &amp;clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always light</source>
        <translation>Toujours clair</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme: &amp;Dark</source>
        <translation>Thème&#xa0;: so&amp;mbre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always dark</source>
        <translation>Toujours sombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>Panneau des &amp;signets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show your bookmarks and move the cursor there</source>
        <translation>Afficher vos signets et y placer le curseur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History Panel</source>
        <translation>Panneau de l&apos;&amp;historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entries you opened and move the cursor there</source>
        <translation>Afficher les fiches que vous avez ouvertes et y placer le curseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;Notes Panel</source>
        <translation>Panneau de mes &amp;notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your notes, including notes on entries no longer in the catalogue</source>
        <translation>Toutes vos notes, y compris celles sur des fiches qui ne sont plus dans le catalogue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run any command by typing its name</source>
        <translation>Lancer n&apos;importe quelle commande en tapant son nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command and its keys</source>
        <translation>Toutes les commandes et leurs touches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Field Reference</source>
        <translation>À &amp;propos de Field Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version and catalogue</source>
        <translation>Version et catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the entry, with a preview</source>
        <translation>Imprimer la fiche, avec un aperçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export Briefing to PDF…</source>
        <translation>&amp;Exporter le dossier en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose a PDF briefing from search results, bookmarks, history or any entry</source>
        <translation>Composer un dossier PDF à partir des résultats de recherche, des signets, de l&apos;historique ou de n&apos;importe quelle fiche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import &amp;Content Pack…</source>
        <translation>Importer un &amp;paquet de contenu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install signed catalogue updates from a .frpack file</source>
        <translation>Installer les mises à jour signées du catalogue depuis un fichier .frpack</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Notes and &amp;Bookmarks…</source>
        <translation>E&amp;xporter les notes et les signets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your notes and bookmarks to a file for a colleague or a new laptop</source>
        <translation>Enregistrer vos notes et signets dans un fichier pour un collègue ou un nouvel ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import Notes and Bookmarks…</source>
        <translation>I&amp;mporter des notes et des signets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge notes and bookmarks from a handover file</source>
        <translation>Fusionner les notes et les signets d&apos;un fichier de passation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Field Reference</source>
        <translation>Fermer Field Reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane: search box, results, entry, note, tree, open panels (Tab goes the same way)</source>
        <translation>Passer au volet suivant&#xa0;: champ de recherche, résultats, fiche, note, arborescence, panneaux ouverts (Tab fait de même)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet pré&amp;cédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the previous pane (Shift+Tab goes the same way)</source>
        <translation>Revenir au volet précédent (Shift+Tab fait de même)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reading Mode</source>
        <translation>Mode &amp;lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the tree, results and note to read; press again to bring them back</source>
        <translation>Masquer l&apos;arborescence, les résultats et la note pour lire&#xa0;; appuyez de nouveau pour les réafficher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show My &amp;Note Pane</source>
        <translation>Afficher le volet de n&amp;ote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide your note under the entry (remembered)</source>
        <translation>Afficher ou masquer votre note sous la fiche (mémorisé)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow &amp;System</source>
        <translation>&amp;Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop&apos;s language if we have it, else English</source>
        <translation>La langue du bureau si elle est disponible, sinon l&apos;anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the interface in this language (remembered)</source>
        <translation>Afficher l&apos;interface dans cette langue (mémorisé)</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../desktop_app/briefing/document.py" line="+123"/>
        <source>Field Reference · catalogue %1 · data as of %2</source>
        <translation>Field Reference · catalogue %1 · données au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%Ln entries</source>
        <translation>%Ln fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue %1</source>
        <translation>Catalogue %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared %1</source>
        <translation>Préparé le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regions: %1</source>
        <translation>Régions&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Related: %1</source>
        <translation>Fiches liées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/briefing/print_preview.py" line="+37"/>
        <source>Print “%1”</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <location filename="../../desktop_app/briefing/composer.py" line="+75"/>
        <source>Compose a Briefing</source>
        <translation>Composer un dossier</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+132"/>
        <location line="+76"/>
        <source>Briefing</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Briefing title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my &amp;notes</source>
        <translation>Inclure mes &amp;notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the briefing</source>
        <translation>Aperçu du dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In the briefing</source>
        <translation>&amp;Fiches du dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previe&amp;w</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type to filter · Enter or Space adds · Delete removes · Alt+Up/Alt+Down reorders · Ctrl+S saves</source>
        <translation>Tapez pour filtrer · Entrée ou Espace ajoute · Suppr retire · Alt+Up/Alt+Down réordonne · Ctrl+S enregistre</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add entries from the list on the left: they appear here as printed.</source>
        <translation>Ajoutez des fiches depuis la liste de gauche&#xa0;: elles apparaissent ici telles qu&apos;elles seront imprimées.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>About %Ln page</source>
        <translation>
            <numerusform>Environ %Ln page</numerusform>
            <numerusform>Environ %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %Ln pages</source>
        <translation>
            <numerusform>Environ %Ln page</numerusform>
            <numerusform>Environ %Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add at least one entry first.</source>
        <translation>Ajoutez d&apos;abord au moins une fiche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Briefing</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../desktop_app/briefing/briefing_controller.py" line="+95"/>
        <source>Field Reference</source>
        <translation>Field Reference</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied: %s</source>
        <translation>Copié&#xa0;: %s</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Briefing saved: %1 (%Ln page)</source>
        <translation>
            <numerusform>Dossier enregistré&#xa0;: %1 (%Ln page)</numerusform>
            <numerusform>Dossier enregistré&#xa0;: %1 (%Ln pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Briefing saved: %1 (%Ln pages)</source>
        <translation>
            <numerusform>Dossier enregistré&#xa0;: %1 (%Ln page)</numerusform>
            <numerusform>Dossier enregistré&#xa0;: %1 (%Ln pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenList</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="+192"/>
        <source>Entries in the briefing</source>
        <translation>Fiches du dossier</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../desktop_app/commands/command_palette.py" line="+195"/>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a command…</source>
        <translation>Tapez une commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a command&apos;s name. Up and Down choose, Enter runs it, Escape closes.</source>
        <translation>Tapez une partie du nom d&apos;une commande. Les flèches Haut et Bas choisissent, Entrée l&apos;exécute, Échap ferme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching commands</source>
        <translation>Commandes correspondantes</translation>
    </message>
</context>
<context>
    <name>CorrectionLine</name>
    <message>
        <location filename="../../desktop_app/search/correction_line.py" line="+49"/>
        <source>Search for the words exactly as typed (Alt+I)</source>
        <translation>Rechercher les mots exactement tels que saisis (Alt+P)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing results for “%s” —</source>
        <translation>Résultats pour «&#xa0;%s&#xa0;» —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search &amp;instead for “%s”</source>
        <translation>rechercher &amp;plutôt «&#xa0;%s&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../../desktop_app/reading/entry_html.py" line="+35"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of expertise</source>
        <translation>Domaine d&apos;expertise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>Dialogue sur la migration</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>★ Bookmarked</source>
        <translation>★ Dans les signets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ Your note</source>
        <translation>✎ Votre note</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fields of expertise</source>
        <translation>Les domaines d&apos;expertise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related fields</source>
        <translation>Domaines liés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration dialogues</source>
        <translation>Dialogues sur la migration</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fields of expertise working here</source>
        <translation>Domaines d&apos;expertise actifs ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues here</source>
        <translation>Initiatives et dialogues ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-regions</source>
        <translation>Sous-régions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also in its sub-regions</source>
        <translation>Aussi dans ses sous-régions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries name this region.</source>
        <translation>Aucune fiche ne mentionne cette région.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reading/labels_html.py" line="+93"/>
        <source>Also called</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In other languages</source>
        <translation>Dans d&apos;autres langues</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../../desktop_app/briefing/picker.py" line="-139"/>
        <source>Where entries come from</source>
        <translation>Origine des fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter entries</source>
        <translation>Filtrer les fiches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to add</source>
        <translation>Fiches à ajouter</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>S&amp;earch results (%n)</source>
        <translation>
            <numerusform>Re&amp;cherche (%n)</numerusform>
            <numerusform>Re&amp;cherche (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Bookmarks (%n)</source>
        <translation>
            <numerusform>&amp;Signets (%n)</numerusform>
            <numerusform>&amp;Signets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;History (%n)</source>
        <translation>
            <numerusform>&amp;Historique (%n)</numerusform>
            <numerusform>&amp;Historique (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A&amp;ll entries (%n)</source>
        <translation>
            <numerusform>Tout&amp;es (%n)</numerusform>
            <numerusform>Tout&amp;es (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Rien ici ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No search on screen: search in the main window first.</source>
        <translation>Aucune recherche à l&apos;écran&#xa0;: lancez d&apos;abord une recherche dans la fenêtre principale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bookmarks yet: bookmark an entry and it is listed here.</source>
        <translation>Aucun signet pour l&apos;instant&#xa0;: ajoutez une fiche aux signets et elle apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No history yet: the entries you read are listed here.</source>
        <translation>Aucun historique pour l&apos;instant&#xa0;: les fiches que vous lisez s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_app/reading/entry_view.py" line="+42"/>
        <source>Entry</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry you are reading; Page Down and Space scroll, Ctrl+Tab moves to its links, Esc goes back to the search box</source>
        <translation>La fiche que vous lisez&#xa0;; Pg suiv et Espace font défiler, Ctrl+Tab passe à ses liens, Échap ramène au champ de recherche</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/i18n/errors.py" line="+30"/>
        <source>That entry is not in this catalogue</source>
        <translation>Cette fiche n&apos;est pas dans ce catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region is not in this catalogue</source>
        <translation>Cette région n&apos;est pas dans ce catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content pack cannot be used</source>
        <translation>Le paquet de contenu est inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A catalogue source file is wrong</source>
        <translation>Un fichier source du catalogue est incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue cannot be read</source>
        <translation>Impossible de lire le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks are unavailable</source>
        <translation>Vos notes et signets sont indisponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search is unavailable</source>
        <translation>La recherche est indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app may not use this file</source>
        <translation>L&apos;application n&apos;a pas le droit d&apos;utiliser ce fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is read-only</source>
        <translation>Le disque est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Autorisation refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or folder does not exist</source>
        <translation>Le fichier ou le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; the details are in the log</source>
        <translation>Une erreur s&apos;est produite&#xa0;; les détails figurent dans le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window settings start from defaults and are not saved</source>
        <translation>Les réglages de la fenêtre repartent des valeurs par défaut et ne sont pas enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content packs were set aside</source>
        <translation>Des paquets de contenu ont été mis de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search uses a temporary index for this session</source>
        <translation>La recherche utilise un index temporaire pour cette session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes and bookmarks</source>
        <translation>Vos notes et signets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting with defaults</source>
        <translation>Démarrage avec les réglages par défaut</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/reading/find_bar.py" line="+31"/>
        <location line="+1"/>
        <source>Find in entry</source>
        <translation>Rechercher dans la fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <location filename="../../desktop_app/userdata/handover_controller.py" line="+84"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %d items to %s</source>
        <translation>%d éléments exportés vers %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing notes and bookmarks from %s…</source>
        <translation>Importation des notes et des signets depuis %s…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: %d new notes, %d merged (both versions kept), %d new bookmarks</source>
        <translation>Importé&#xa0;: %d nouvelles notes, %d fusionnées (deux versions conservées), %d nouveaux signets</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/mainwindow/main_window.py" line="+134"/>
        <source>Search index progress</source>
        <translation>Progression de l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the catalogue…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Preparing search: %s</source>
        <translation>Préparation de la recherche&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Catalogue %s · data as of %s</source>
        <translation>Catalogue %s · données au %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built %s · content %s</source>
        <translation>Compilé le %s · contenu %s</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/commands/action_table.py" line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>Lang&amp;ue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../desktop_app/tree/tree_builders.py" line="+41"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives and dialogues</source>
        <translation>Initiatives et dialogues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related fields</source>
        <translation>Domaines liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See also</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of expertise</source>
        <translation>Domaines d&apos;expertise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogues</source>
        <translation>Dialogues sur la migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Field of expertise</source>
        <translation>Domaine d&apos;expertise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration dialogue</source>
        <translation>Dialogue sur la migration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/tree/tree_model.py" line="+216"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{label} ({own} · {count} with sub-regions)</source>
        <translation>{label} ({own} · {count} en tout)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%n entry in {region} and its sub-regions</source>
        <translation>%n fiche dans {region} et ses sous-régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries in {region} and its sub-regions</source>
        <translation>%n fiches dans {region} et ses sous-régions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n entry names {region} itself</source>
        <translation>%n fiche mentionne directement {region}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries name {region} itself</source>
        <translation>%n fiches mentionnent directement {region}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind}: {title}</source>
        <translation>{kind}&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../desktop_app/userdata/notes_pane.py" line="+39"/>
        <source>Your private note on this entry (Ctrl+Shift+N). Saved automatically; never sent anywhere.</source>
        <translation>Votre note privée sur cette fiche (Ctrl+Shift+N). Enregistrée automatiquement&#xa0;; jamais envoyée nulle part.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private note, saved as you type</source>
        <translation>Une note privée, enregistrée pendant la saisie</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This note was also changed elsewhere: both versions are kept below.</source>
        <translation>Cette note a aussi été modifiée ailleurs&#xa0;: les deux versions sont conservées ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes are read-only (%s): shown, not saved.</source>
        <translation>Vos notes sont en lecture seule (%s)&#xa0;: affichées, non enregistrées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %s. Your text is kept; retrying…</source>
        <translation>Non enregistrée&#xa0;: %s. Votre texte est conservé&#xa0;; nouvel essai…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>Note not saved</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Your note could not be saved: %s.

The text stays in the editor and saving is retried every few seconds.</source>
        <translation>Votre note n&apos;a pas pu être enregistrée&#xa0;: %s.

Le texte reste dans l&apos;éditeur et l&apos;enregistrement est retenté toutes les quelques secondes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note kept in a file</source>
        <translation>Note conservée dans un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note could not be saved (%s).

Its text was written to:
%s</source>
        <translation>Votre note n&apos;a pas pu être enregistrée (%s).

Son texte a été écrit dans&#xa0;:
%s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your note could not be saved (%s), nor written to a recovery file (%s).

Keep the window open, copy the text somewhere safe or free some space, then close again.</source>
        <translation>Votre note n&apos;a pas pu être enregistrée (%s), ni écrite dans un fichier de récupération (%s).

Gardez la fenêtre ouverte, copiez le texte en lieu sûr ou libérez de l&apos;espace, puis fermez de nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep Window Open</source>
        <translation>Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard Note and Close</source>
        <translation>Abandonner la note et fermer</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../desktop_app/packs/pack_import_dialog.py" line="+103"/>
        <source>Import Content Pack</source>
        <translation>Importer un paquet de contenu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A content pack updates the catalogue from a file on a USB stick or an e-mail. It is checked against the publisher&apos;s signature before anything in it is read.</source>
        <translation>Un paquet de contenu met à jour le catalogue à partir d&apos;un fichier reçu sur clé USB ou par courriel. Sa signature d&apos;éditeur est vérifiée avant toute lecture de son contenu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pack chosen</source>
        <translation>Aucun paquet choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content pack file</source>
        <translation>Fichier du paquet de contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a content pack file</source>
        <translation>Choisir un fichier de paquet de contenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the content pack</source>
        <translation>Importer le paquet de contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the dialog</source>
        <translation>Fermer la boîte de dialogue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a content pack</source>
        <translation>Choisir un paquet de contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content packs (*.frpack);;All files (*)</source>
        <translation>Paquets de contenu (*.frpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>Checking the signature and contents…</source>
        <translation>Vérification de la signature et du contenu…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the entries…</source>
        <translation>Lecture des fiches…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining with installed content…</source>
        <translation>Fusion avec le contenu installé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the new catalogue…</source>
        <translation>Écriture du nouveau catalogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index…</source>
        <translation>Construction de l&apos;index de recherche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new catalogue…</source>
        <translation>Passage au nouveau catalogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified. Importing will: %s.</source>
        <translation>Vérifié. L&apos;importation va&#xa0;: %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import failed: %s</source>
        <translation>Échec de l&apos;importation&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused: %s</source>
        <translation>Refusé&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PackSummary</name>
    <message>
        <location filename="../../desktop_app/packs/pack_summary.py" line="+35"/>
        <source>Pack details</source>
        <translation>Détails du paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sequence %d is installed</source>
        <translation>la séquence %d est installée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed yet</source>
        <translation>pas encore installé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds a collection</source>
        <translation>ajoute une collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces the catalogue</source>
        <translation>remplace le catalogue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%s” (%s, sequence %d): %s; %s.</source>
        <translation>«&#xa0;%s&#xa0;» (%s, séquence %d)&#xa0;: %s&#xa0;; %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by publisher key %s. Data as of %s.</source>
        <translation>Signé par la clé d&apos;éditeur %s. Données au %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New catalogue version: %s</source>
        <translation>Nouvelle version du catalogue&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %s, update %s and remove %s entries</source>
        <translation>ajouter %s, mettre à jour %s et supprimer %s fiches</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed “%s” (%s, sequence %d).</source>
        <translation>Paquet «&#xa0;%s&#xa0;» installé (%s, séquence %d).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %s, updated %s, removed %s entries.</source>
        <translation>Fiches ajoutées&#xa0;: %s, mises à jour&#xa0;: %s, supprimées&#xa0;: %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue %s is now in use (took %.1f s).</source>
        <translation>Le catalogue %s est maintenant utilisé (durée&#xa0;: %.1f s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To undo it, run &apos;fieldref pack rollback&apos;.</source>
        <translation>Pour annuler, exécutez &apos;fieldref pack rollback&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed; the catalogue is as it was.</source>
        <translation>Rien n&apos;a été modifié&#xa0;; le catalogue est inchangé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>supprimées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s … and %s more %s</source>
        <translation>%s … et %s autres fiches %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries change.</source>
        <translation>Aucune fiche ne change.</translation>
    </message>
</context>
<context>
    <name>PanelsController</name>
    <message>
        <location filename="../../desktop_app/userdata/panels_controller.py" line="+81"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No bookmarks yet — press {key} on an entry to keep it here.</source>
        <translation>Aucun signet pour l&apos;instant — appuyez sur {key} dans une fiche pour la garder ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No history yet — the entries you open are listed here, newest first.</source>
        <translation>Aucun historique pour l&apos;instant — les fiches que vous ouvrez s&apos;affichent ici, les plus récentes en premier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet — press {key} on an entry to write one.</source>
        <translation>Aucune note pour l&apos;instant — appuyez sur {key} dans une fiche pour en écrire une.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%d of your notes belong to entries no longer in the catalogue; they are kept (View › My Notes Panel).</source>
        <translation>%d de vos notes concernent des fiches qui ne sont plus dans le catalogue&#xa0;; elles sont conservées (Affichage › Panneau de mes notes).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Bookmarked</source>
        <translation>Ajoutée aux signets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed</source>
        <translation>Signet supprimé</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>Bookmark not saved</source>
        <translation>Signet non enregistré</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Bookmark removed: {title}</source>
        <translation>Signet supprimé&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bookmark restored</source>
        <translation>Signet rétabli</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>entry no longer in the catalogue</source>
        <translation>fiche qui n&apos;est plus dans le catalogue</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../desktop_app/boot/translations.py" line="+33"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <location filename="../../desktop_app/reading/reading_controller.py" line="+86"/>
        <source>Where you are</source>
        <translation>Votre position</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>That entry is not in this catalogue.</source>
        <translation>Cette fiche n&apos;est pas dans ce catalogue.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Zoom %d%%</source>
        <translation>Zoom %d%%</translation>
    </message>
</context>
<context>
    <name>RecentSearches</name>
    <message>
        <location filename="../../desktop_app/search/recent_searches.py" line="+38"/>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../desktop_app/search/results_view.py" line="+347"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries matching the search; Up and Down move, Enter opens</source>
        <translation>Fiches correspondant à la recherche&#xa0;; les flèches Haut et Bas déplacent, Entrée ouvre</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location line="-228"/>
        <source> (bookmarked; has your note)</source>
        <translation> (dans les signets&#xa0;; avec votre note)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (bookmarked)</source>
        <translation> (dans les signets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (has your note)</source>
        <translation> (avec votre note)</translation>
    </message>
</context>
<context>
    <name>SavedBar</name>
    <message>
        <location filename="../../desktop_app/briefing/saving.py" line="+81"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans &amp;le dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Saved “%1” · %Ln page</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» enregistré · %Ln page</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» enregistré · %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved “%1” · %Ln pages</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» enregistré · %Ln page</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» enregistré · %Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop_app/search/search_controller.py" line="+77"/>
        <source>Search fields, programmes, dialogues, regions…  (Ctrl+K)</source>
        <translation>Rechercher domaines, programmes, dialogues, régions…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; Up and Down choose a result, Enter opens it, Esc clears</source>
        <translation>Tapez pour rechercher&#xa0;; les flèches Haut et Bas choisissent un résultat, Entrée l&apos;ouvre, Échap efface</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Search is getting ready…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search failed: %s</source>
        <translation>Échec de la recherche&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searched in %.1f ms</source>
        <translation>Recherche effectuée en %.1f ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No entry names “%s”. The region that contains it:</source>
        <translation>Aucune fiche ne mentionne «&#xa0;%s&#xa0;». La région qui l&apos;englobe&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry names “%s”.</source>
        <translation>Aucune fiche ne mentionne «&#xa0;%s&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match “{query}” · 1 of your notes does</source>
        <translation>Aucune fiche ne correspond à «&#xa0;{query}&#xa0;» · 1 de vos notes correspond</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No entries match “{query}” · %n of your notes do</source>
        <translation>
            <numerusform>Aucune fiche ne correspond à «&#xa0;{query}&#xa0;» · %n de vos notes correspond</numerusform>
            <numerusform>Aucune fiche ne correspond à «&#xa0;{query}&#xa0;» · %n de vos notes correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match “%s”. Try fewer or other words.</source>
        <translation>Aucune fiche ne correspond à «&#xa0;%s&#xa0;». Essayez moins de mots ou d&apos;autres mots.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 of your notes</source>
        <translation>1 de vos notes</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n of your notes</source>
        <translation>
            <numerusform>%n de vos notes</numerusform>
            <numerusform>%n de vos notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 introduction</source>
        <translation>1 introduction</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n introductions</source>
        <translation>
            <numerusform>%n introduction</numerusform>
            <numerusform>%n introductions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 field</source>
        <translation>1 domaine</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 initiative</source>
        <translation>1 initiative</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n initiatives</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dialogue</source>
        <translation>1 dialogue</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n dialogues</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../desktop_app/commands/shortcut_sheet.py" line="+147"/>
        <location line="+1"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by command or key…</source>
        <translation>Filtrer par commande ou par touche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a command&apos;s name or a key; Down moves to the table.</source>
        <translation>Tapez une partie du nom d&apos;une commande ou une touche&#xa0;; la flèche Bas passe au tableau.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commands and their keys</source>
        <translation>Commandes et leurs touches</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To change a shortcut, edit {path} and restart Field Reference. For example:</source>
        <translation>Pour modifier un raccourci, modifiez {path} et redémarrez Field Reference. Par exemple&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to change shortcuts</source>
        <translation>Où modifier les raccourcis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example shortcuts file</source>
        <translation>Exemple de fichier de raccourcis</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location line="-97"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no shortcut</source>
        <translation>aucun raccourci</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../desktop_app/boot/startup_controller.py" line="+165"/>
        <source>Catalogue %s is now open.</source>
        <translation>Le catalogue %s est maintenant ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content pack</source>
        <translation>Paquet de contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new catalogue could not be opened: %s</source>
        <translation>Le nouveau catalogue n&apos;a pas pu être ouvert&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field Reference cannot start</source>
        <translation>Field Reference ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue could not be opened:

%s

%s</source>
        <translation>Le catalogue n&apos;a pas pu être ouvert&#xa0;:

%s

%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="+62"/>
        <source>From a source checkout run &apos;make build&apos;; an installed copy should be reinstalled.</source>
        <translation>Depuis une copie des sources, exécutez &apos;make build&apos;&#xa0;; une copie installée doit être réinstallée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reinstall Field Reference, or rebuild the catalogue with &apos;fieldref build&apos;.</source>
        <translation>Réinstallez Field Reference ou recompilez le catalogue avec &apos;fieldref build&apos;.</translation>
    </message>
</context>
<context>
    <name>TreeController</name>
    <message>
        <location filename="../../desktop_app/tree/tree_controller.py" line="+93"/>
        <source>Catalogue tree</source>
        <translation>Arborescence du catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions, fields and programmes; Enter opens</source>
        <translation>Régions, domaines et programmes&#xa0;; Entrée ouvre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the tree</source>
        <translation>Grouper l&apos;arborescence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By field</source>
        <translation>Par domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A–Z</source>
        <translation>De A à Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not build the tree: %s</source>
        <translation>Impossible de construire l&apos;arborescence&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>UserLayer</name>
    <message>
        <location filename="../../desktop_app/userdata/user_layer.py" line="+102"/>
        <source>Note not saved: %s</source>
        <translation>Note non enregistrée&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export notes and bookmarks</source>
        <translation>Exporter les notes et les signets</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Handover files (*.json)</source>
        <translation>Fichiers de passation (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import notes and bookmarks</source>
        <translation>Importer des notes et des signets</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../desktop_app/mainwindow/window_state.py" line="+116"/>
        <source>About Field Reference</source>
        <translation>À propos de Field Reference</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field Reference %s</source>
        <translation>Field Reference %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content: “{title}”, from the text in which ICMPD (the International Centre for Migration Policy Development) describes its fields of expertise, arranged here by field, region, initiative and dialogue.</source>
        <translation>Contenu&#xa0;: «&#xa0;{title}&#xa0;», d&apos;après le texte dans lequel l&apos;ICMPD (Centre international pour le développement des politiques migratoires) décrit ses domaines d&apos;expertise, organisé ici par domaine, région, initiative et dialogue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data as of {date} (catalogue {version}).</source>
        <translation>Données au {date} (catalogue {version}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content hash %s</source>
        <translation>Empreinte du contenu %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed content packs:</source>
        <translation>Paquets de contenu installés&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No content packs installed (shipped catalogue).</source>
        <translation>Aucun paquet de contenu installé (catalogue d&apos;origine).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(data as of %s)</source>
        <translation>(données au %s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its publisher key is no longer trusted: the next import leaves it out.</source>
        <translation>Sa clé d&apos;éditeur n&apos;est plus reconnue comme fiable&#xa0;: la prochaine importation écartera ce paquet.</translation>
    </message>
</context>
</TS>
