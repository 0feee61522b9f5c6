plansiteSearchLoaded("w/p0/am",{
"am":[0,-25]
});
