plansiteSearchLoaded("w/u0/ld",{
"ldtbxh":[0,0]
});
