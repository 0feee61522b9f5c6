plansiteSearchLoaded("w/p0/li",{
"lich":[0,-25],
"lien":[0,14,0,-19]
});
