"""The action table and what is generated from it: menus, palette, shortcut sheet."""
