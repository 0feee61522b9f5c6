plansiteSearchLoaded("w/p0/15",{
"15":[0,-25,0,25]
});
