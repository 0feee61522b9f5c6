plansiteSearchLoaded("w/u0/un",{
"ung":[0,3]
});
