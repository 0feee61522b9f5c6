plansiteSearchLoaded("w/p0/te",{
"te":[0,-24],
"tet":[0,-25]
});
